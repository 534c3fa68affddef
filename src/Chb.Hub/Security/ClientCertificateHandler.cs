using System.Security.Claims;
using System.Text.Encodings.Web;
using Chb.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Security;

/// <summary>
/// Authenticates a partner system by its TLS client certificate: the chain must build to the configured CA
/// (and nothing else), the certificate must be valid now and meant for client authentication, and its
/// subject must be mapped to an agency. The caller is then a partner of that agency, like a partner token.
/// </summary>
internal sealed class ClientCertificateHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerCertificates certificates) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "client-certificate";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var certificate = Context.Connection.ClientCertificate;
        if (certificate is null || !certificates.Enabled)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Failures carry no detail: the caller learns nothing about which check it failed.
        if (!certificates.IsTrusted(certificate) || certificates.AgencyOf(certificate) is not { } agency)
        {
            return Task.FromResult(AuthenticateResult.Fail("client certificate refused"));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(HubClaims.Subject, $"cert:{certificate.Thumbprint}"),
                new Claim(HubClaims.Role, HubRoles.Partner),
                new Claim(HubClaims.Agency, agency),
            ],
            SchemeName,
            HubClaims.Subject,
            HubClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
