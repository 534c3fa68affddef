using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Grpc.Core;
using Grpc.Net.Client;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Security;

/// <summary>
/// Partner systems with client certificates, against the hub as a real process on a real TLS endpoint: a
/// certificate from the configured CA acts for its mapped agency; a rogue or unmapped one gets nothing.
/// </summary>
public sealed class ClientCertificateTests : IClassFixture<ClientCertificateTests.TlsHub>
{
    private readonly TlsHub _hub;

    public ClientCertificateTests(TlsHub hub) => _hub = hub;

    [Fact]
    public async Task CertificateFromTheCa_PushesAsItsMappedAgency()
    {
        using var channel = _hub.Channel(_hub.HousingSystem);

        var outcome = await PushClient.PushAsync(channel, Start(string.Empty), Batch(Case(1, "CERT/1")), Complete());

        Assert.NotNull(outcome.Row(1).Ack);
        var quarantine = await new Admin.AdminClient(channel).ListQuarantineAsync(new ListQuarantineRequest());
        Assert.Empty(quarantine.Entries);
    }

    [Fact]
    public async Task CertificateFromTheCa_NamingAnotherAgency_IsPermissionDenied()
    {
        using var channel = _hub.Channel(_hub.HousingSystem);

        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(channel, Start(TestSettings.Police), Batch(Case(1, "CERT/2")), Complete()));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Fact]
    public async Task RogueCertificate_WithTheSameSubject_GetsNothing()
    {
        using var channel = _hub.Channel(_hub.Rogue);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new Admin.AdminClient(channel).ListAdaptersAsync(new ListAdaptersRequest()));

        Assert.NotEqual(StatusCode.OK, ex.StatusCode);
        Assert.DoesNotContain("adapter", ex.Status.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CertificateFromTheCa_ThatIsNotMapped_IsUnauthenticated()
    {
        using var channel = _hub.Channel(_hub.Unmapped);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new Admin.AdminClient(channel).ListAdaptersAsync(new ListAdaptersRequest()));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task PartnerCertificate_CannotReachAnotherRolesRpcs()
    {
        using var channel = _hub.Channel(_hub.HousingSystem);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new Admin.AdminClient(channel).GetStoreStatusAsync(new GetStoreStatusRequest()));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Fact]
    public async Task Tokens_StillWorkOnTheTlsEndpointWithoutACertificate()
    {
        using var channel = _hub.Channel(null, TestIdentity.Token(TestIdentity.Admin()));

        var adapters = await new Admin.AdminClient(channel).ListAdaptersAsync(new ListAdaptersRequest());

        Assert.NotEmpty(adapters.Adapters);
    }

    /// <summary>A CA, a server certificate, partner certificates, and the hub as a child process on HTTPS.</summary>
    public sealed class TlsHub : IAsyncLifetime
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "chb-tests", $"tls-{Guid.NewGuid():N}");
        private ChildHub? _process;
        private string _serverThumbprint = string.Empty;

        public X509Certificate2 HousingSystem { get; private set; } = null!;

        public X509Certificate2 Rogue { get; private set; } = null!;

        public X509Certificate2 Unmapped { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(_folder);
            var now = TimeProvider.System.GetUtcNow();
            using var caKey = RSA.Create(2048);
            var caRequest = new CertificateRequest("CN=CHB Partner CA (test)", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            var caPath = Path.Combine(_folder, "partner-ca.pem");
            await File.WriteAllTextAsync(caPath, ca.ExportCertificatePem());

            HousingSystem = Issue(ca, "CN=bdc-housing-system", now);
            Unmapped = Issue(ca, "CN=unknown-system", now);
            Rogue = SelfSigned("CN=bdc-housing-system", now);

            using var serverKey = RSA.Create(2048);
            var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            serverRequest.CertificateExtensions.Add(names.Build());
            using var server = serverRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            _serverThumbprint = server.Thumbprint;
            var serverPath = Path.Combine(_folder, "server.pfx");
            await File.WriteAllBytesAsync(serverPath, server.Export(X509ContentType.Pfx, "test"));

            _process = await ChildHub.StartAsync(Path.Combine(_folder, "hub.db"), new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:Grpc:Url"] = "https://127.0.0.1:0",
                ["Kestrel:Endpoints:Grpc:Certificate:Path"] = serverPath,
                ["Kestrel:Endpoints:Grpc:Certificate:Password"] = "test",
                ["Hub:Auth:ClientCertificates:CaCertificatePath"] = caPath,
                ["Hub:Auth:ClientCertificates:Subjects:0:Subject"] = "CN=bdc-housing-system",
                ["Hub:Auth:ClientCertificates:Subjects:0:Agency"] = TestSettings.Housing,
            });
        }

        public GrpcChannel Channel(X509Certificate2? certificate, string? token = null)
        {
            var handler = new SocketsHttpHandler();
            // Trust exactly the server certificate this fixture made.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented is X509Certificate2 c && c.Thumbprint == _serverThumbprint;
            if (certificate is not null)
            {
                handler.SslOptions.ClientCertificates = [certificate];
            }

            return TestIdentity.Channel(_process!.Address, handler, token);
        }

        public async Task DisposeAsync()
        {
            if (_process is not null)
            {
                await _process.DisposeAsync();
            }

            Directory.Delete(_folder, recursive: true);
        }

        private static X509Certificate2 Issue(X509Certificate2 ca, string subject, DateTimeOffset now)
        {
            using var key = RSA.Create(2048);
            var request = ClientRequest(subject, key);
            using var issued = request.Create(ca, now.AddDays(-1), now.AddDays(30), RandomNumberGenerator.GetBytes(8));
            using var withKey = issued.CopyWithPrivateKey(key);
            return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
        }

        private static X509Certificate2 SelfSigned(string subject, DateTimeOffset now)
        {
            using var key = RSA.Create(2048);
            using var made = ClientRequest(subject, key).CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
            return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
        }

        private static CertificateRequest ClientRequest(string subject, RSA key)
        {
            var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, false));
            return request;
        }
    }
}
