using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Security;

/// <summary>
/// Decides whether a client certificate is one of ours: the chain builds to the configured CA and nothing else,
/// it is valid now, and it is meant for client authentication. Used by Kestrel during the TLS handshake and
/// again by the authentication handler.
/// </summary>
internal sealed class PartnerCertificates(IOptions<ClientCertificateOptions> options, TimeProvider time)
{
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    private readonly Lazy<X509Certificate2> _ca = new(() => X509Certificate2.CreateFromPem(File.ReadAllText(options.Value.CaCertificatePath!)));

    public bool Enabled => options.Value.Enabled;

    public bool IsTrusted(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_ca.Value);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = time.GetUtcNow().UtcDateTime;
        return chain.Build(certificate)
            && chain.ChainElements.Count > 1
            && chain.ChainElements[^1].Certificate.Thumbprint == _ca.Value.Thumbprint
            && IsForClients(certificate);
    }

    /// <summary>The agency a trusted certificate's subject acts for, if it is mapped.</summary>
    public string? AgencyOf(X509Certificate2 certificate)
        => options.Value.Subjects.FirstOrDefault(s => string.Equals(s.Subject, certificate.Subject, StringComparison.Ordinal))?.Agency;

    private static bool IsForClients(X509Certificate2 certificate)
        => certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is not { } usage
            || usage.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => o.Value == ClientAuthentication);
}
