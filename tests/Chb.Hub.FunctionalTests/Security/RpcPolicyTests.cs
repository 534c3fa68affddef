using Chb.Contracts.Security;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chb.Hub.FunctionalTests.Security;

/// <summary>
/// No RPC without a policy, and every policy as specified: each RPC called as each role, and as callers who
/// should get nothing at all (no token, expired, wrong key, wrong issuer).
/// </summary>
public sealed class RpcPolicyTests : IClassFixture<RpcPolicyTests.Hub>
{
    private static readonly string[] PartnerOnly = [HubRoles.Partner];
    private static readonly string[] AdminOrPartner = [HubRoles.Admin, HubRoles.Partner];
    private static readonly string[] AdminOnly = [HubRoles.Admin];
    private static readonly string[] AdminOrAnalyst = [HubRoles.Admin, HubRoles.Analyst];
    private static readonly string[] Auditors = [HubRoles.Auditor, HubRoles.Admin];
    private static readonly string[] LroOnly = [HubRoles.Lro];
    private static readonly string[] GainOnly = [HubRoles.Gain];

    /// <summary>The specification: which roles may call each RPC. A new RPC fails the suite until it is listed here.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Ingest.Push"] = PartnerOnly,
        ["Ingest.Retract"] = PartnerOnly,
        ["Admin.ListAdapters"] = AdminOrPartner,
        ["Admin.ListQuarantine"] = AdminOrPartner,
        ["Admin.GetStoreStatus"] = AdminOnly,
        ["Admin.UpsertSite"] = AdminOnly,
        ["Admin.Rebuild"] = AdminOnly,
        ["Admin.ListReviewQueue"] = AdminOrAnalyst,
        ["Admin.Judge"] = AdminOrAnalyst,
        ["Admin.ListLinks"] = AdminOrAnalyst,
        ["Admin.ListRecordSubjects"] = AdminOrAnalyst,
        ["Audit.Query"] = Auditors,
        ["Audit.Verify"] = Auditors,
        ["Audit.ExportCheckpoint"] = Auditors,
        ["Disruption.SearchNominals"] = LroOnly,
        ["Disruption.GetNominalOptions"] = LroOnly,
        ["Disruption.GetLocationOptions"] = LroOnly,
        ["Disruption.GetOcgOptions"] = LroOnly,
        ["Disruption.RecordOutcome"] = LroOnly,
        ["Disruption.Watch"] = LroOnly,
        ["Gain.GetHoldings"] = GainOnly,
        ["Gain.GetOcgView"] = GainOnly,
        ["Gain.GetSiteView"] = GainOnly,
        ["Gain.GetBaseline"] = GainOnly,
        ["Gain.RequestDisclosure"] = GainOnly,
        ["Gain.DecideDisclosure"] = AdminOrAnalyst,
    };

    private readonly Hub _hub;

    public RpcPolicyTests(Hub hub) => _hub = hub;

    public static TheoryData<string> MethodNames() => [.. RpcSurface.Methods.Select(RpcSurface.Name)];

    public static TheoryData<string, string> MethodsAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in RpcSurface.Methods)
        {
            foreach (var role in HubRoles.All)
            {
                data.Add(RpcSurface.Name(method), role);
            }
        }

        return data;
    }

    [Fact]
    public void EveryDeclaredRpc_IsInTheSpecification()
        => Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), RpcSurface.Methods.Select(RpcSurface.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void EveryMappedRpc_NamesAPolicyOrIsTheAnonymousHealthCheck()
    {
        var policies = _hub.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        var endpoints = _hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<GrpcMethodMetadata>() is not null)
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetRequiredMetadata<GrpcMethodMetadata>().Method;
            if (method.ServiceName == "grpc.health.v1.Health")
            {
                Assert.NotNull(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
                continue;
            }

            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
            if (method.ServiceName.StartsWith("grpc.", StringComparison.Ordinal))
            {
                // Reflection (and the unimplemented-method catch-alls) fall back to "any valid token".
                continue;
            }

            var named = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
            Assert.True(named.Count > 0, $"{method.FullName} names no policy");
            Assert.All(named, p => Assert.NotNull(policies.GetPolicy(p!)));
        }

        Assert.NotNull(policies.FallbackPolicy);
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public async Task AnyRpc_WithoutAValidToken_IsUnauthenticated(string name)
    {
        var method = RpcSurface.Methods.Single(m => RpcSurface.Name(m) == name);
        var persona = TestIdentity.Admin();
        var otherKey = System.Text.Encoding.UTF8.GetBytes("an-attacker-made-this-key-32-bytes!!");
        string?[] tokens =
        [
            null,
            "not-a-token",
            TestIdentity.Token(persona, lifetime: TimeSpan.FromMinutes(5), now: TimeProvider.System.GetUtcNow().AddHours(-2)),
            TestIdentity.Token(persona, key: otherKey),
            HubTokens.Mint(persona, Convert.FromBase64String(TestIdentity.SigningKey), "someone-else", TestIdentity.Audience, TimeProvider.System.GetUtcNow(), TimeSpan.FromHours(1)),
            HubTokens.Mint(persona, Convert.FromBase64String(TestIdentity.SigningKey), TestIdentity.Issuer, "another-service", TimeProvider.System.GetUtcNow(), TimeSpan.FromHours(1)),
        ];

        foreach (var token in tokens)
        {
            var status = await RpcSurface.CallAsync(token is null ? _hub.CreateChannel() : _hub.CreateChannel(token), method);
            Assert.Equal(StatusCode.Unauthenticated, status.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(MethodsAndRoles))]
    public async Task AnyRpc_AsEachRole_IsRefusedExactlyWhenTheSpecificationSays(string name, string role)
    {
        var method = RpcSurface.Methods.Single(m => RpcSurface.Name(m) == name);
        var persona = new HubPersona($"matrix:{role}", role, TestSettings.Police) { Ocgs = ["OCG-WYP-0001"], Sites = ["SITE-1"] };

        var status = await RpcSurface.CallAsync(_hub.CreateChannel(persona), method);

        if (Allowed[name].Contains(role, StringComparer.Ordinal))
        {
            Assert.NotEqual(StatusCode.PermissionDenied, status.StatusCode);
            Assert.NotEqual(StatusCode.Unauthenticated, status.StatusCode);
        }
        else
        {
            Assert.Equal(StatusCode.PermissionDenied, status.StatusCode);
            Assert.DoesNotContain(role, status.Detail, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Health_AnswersWithoutAToken()
    {
        var health = new global::Grpc.Health.V1.Health.HealthClient(_hub.CreateChannel());

        var reply = await health.CheckAsync(new global::Grpc.Health.V1.HealthCheckRequest());

        Assert.Equal(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    /// <summary>One hub for the whole matrix; the calls read nothing that other calls write.</summary>
    public sealed class Hub : IAsyncLifetime
    {
        private readonly HubFactory _factory = new();

        public IServiceProvider Services => _factory.Services;

        public global::Grpc.Net.Client.GrpcChannel CreateChannel() => _factory.CreateChannel();

        public global::Grpc.Net.Client.GrpcChannel CreateChannel(HubPersona persona) => _factory.CreateChannel(persona);

        public global::Grpc.Net.Client.GrpcChannel CreateChannel(string token) => _factory.CreateChannel(token);

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await _factory.DisposeAsync();
    }
}
