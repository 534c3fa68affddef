using System.Text;
using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Disruption;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Google.Protobuf;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.Security;

/// <summary>
/// The canary test: partner data whose owner-only, police-only and protected values are unique strings goes in;
/// every read RPC is called as every persona; each value may appear only where the disclosure rules allow it, in
/// response bodies, status details and trailers alike, and never in a log line.
/// </summary>
public sealed class CanaryTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(LroClient.Settings());
    private readonly LroClient _lro;

    public CanaryTests() => _lro = new LroClient(_hub);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    public static TheoryData<string> Personas() => [.. Cast.Keys];

    private static Dictionary<string, HubPersona> Cast { get; } = new(StringComparer.Ordinal)
    {
        ["partner-wyp"] = TestIdentity.Partner(TestSettings.Police),
        ["partner-housing"] = TestIdentity.Partner(TestSettings.Housing),
        ["partner-env"] = TestIdentity.Partner(TestSettings.Environment),
        ["lro-wyp"] = TestIdentity.Lro(TestSettings.Police, CanaryExports.Ocg),
        ["lro-housing"] = TestIdentity.Lro(TestSettings.Housing, CanaryExports.Ocg),
        ["lro-env"] = TestIdentity.Lro(TestSettings.Environment, CanaryExports.Ocg),
        ["lro-wyp-other-ocg"] = TestIdentity.Lro(TestSettings.Police, "OCG-WYP-0051"),
        ["lro-wyp-unassigned"] = TestIdentity.Lro(TestSettings.Police),
        ["gain-housing"] = TestIdentity.Gain(TestSettings.Housing),
        ["analyst-housing"] = TestIdentity.Analyst(TestSettings.Housing),
        ["analyst-wyp"] = TestIdentity.Analyst(TestSettings.Police),
        ["auditor-housing"] = TestIdentity.Auditor(TestSettings.Housing),
        ["admin-env"] = TestIdentity.Admin(TestSettings.Environment),
        ["admin-wyp"] = TestIdentity.Admin(TestSettings.Police),
    };

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task EveryReadRpc_AsThisPersona_DisclosesOnlyWhatTheRulesAllow(string name)
    {
        var persona = Cast[name];
        var ids = await LoadAsync();

        var transcript = await CallEverythingAsync(_hub.CreateChannel(persona), ids);

        Assert.All(CanaryExports.Protected, value => Assert.DoesNotContain(value, transcript, StringComparison.OrdinalIgnoreCase));
        AssertOnlyFor(TestSettings.Police, persona, transcript, [CanaryExports.Pnc, .. CanaryExports.PoliceOwnerOnly]);
        AssertOnlyFor(TestSettings.Housing, persona, transcript, [CanaryExports.PartnerOwnerOnly[0]]);
        AssertOnlyFor(TestSettings.Environment, persona, transcript, [CanaryExports.PartnerOwnerOnly[1]]);
        var logs = string.Join('\n', _hub.Logs.Lines);
        Assert.All([.. CanaryExports.Protected, .. CanaryExports.PoliceOwnerOnly, .. CanaryExports.PartnerOwnerOnly, CanaryExports.Pnc, CanaryExports.FamilyName],
            value => Assert.DoesNotContain(value, logs, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheOwningForcesLro_SeesItsIntelligence_WhichProvesTheCanariesAreReallyThere()
    {
        var ids = await LoadAsync();

        var transcript = await CallEverythingAsync(_hub.CreateChannel(Cast["lro-wyp"]), ids);

        Assert.Contains(CanaryExports.Pnc, transcript, StringComparison.Ordinal);
        Assert.All(CanaryExports.PoliceOwnerOnly, value => Assert.Contains(value, transcript, StringComparison.Ordinal));
    }

    private static void AssertOnlyFor(string owner, HubPersona persona, string transcript, string[] values)
    {
        if (persona.Agency != owner)
        {
            Assert.All(values, value => Assert.DoesNotContain(value, transcript, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<CanaryIds> LoadAsync()
    {
        await _lro.PushSampleBytesAsync(TestSettings.Police, "police-nominals-xml/1", CanaryExports.Police());
        await _lro.PushSampleBytesAsync(TestSettings.Housing, "housing-cases-csv/1", CanaryExports.Housing());
        await _lro.PushSampleBytesAsync(TestSettings.Environment, "env-enforcement-jsonl/1", CanaryExports.Environment());
        var ocg = await _lro.OcgAsync(CanaryExports.Ocg);
        var member = Assert.Single(ocg.Members);
        Assert.NotEmpty(ocg.Opportunities);
        return new CanaryIds(member.HubId, [.. ocg.Locations.Select(l => l.HubId)], [.. ocg.Opportunities.Select(o => o.OpportunityId)], _lro.LastSequence);
    }

    private static async Task<string> CallEverythingAsync(global::Grpc.Net.Client.GrpcChannel channel, CanaryIds ids)
    {
        var transcript = new StringBuilder();
        async Task Call<T>(Func<Task<T>> call)
            where T : IMessage
        {
            try
            {
                transcript.AppendLine(JsonFormatter.Default.Format(await call()));
            }
            catch (RpcException ex)
            {
                transcript.AppendLine($"{ex.StatusCode} {ex.Status.Detail} {string.Join(' ', ex.Trailers.Select(t => t.IsBinary ? Convert.ToBase64String(t.ValueBytes) + Encoding.UTF8.GetString(t.ValueBytes) : t.Value))}");
            }
        }

        var options = LroClient.Options(ids.MinSequence);
        var disruption = new Contracts.V1.Disruption.DisruptionClient(channel);
        await Call(async () => await disruption.SearchNominalsAsync(new SearchNominalsRequest { Options = options, Name = CanaryExports.FamilyName }));
        await Call(async () => await disruption.SearchNominalsAsync(new SearchNominalsRequest { Options = options, Identifier = CanaryExports.Pnc }));
        await Call(async () => await disruption.GetNominalOptionsAsync(new GetNominalOptionsRequest { Options = options, NominalHubId = ids.Nominal }));
        await Call(async () => await disruption.GetLocationOptionsAsync(new GetLocationOptionsRequest { Options = options, Uprn = "100051000555" }));
        foreach (var location in ids.Locations)
        {
            await Call(async () => await disruption.GetLocationOptionsAsync(new GetLocationOptionsRequest { Options = options, LocationHubId = location }));
        }

        await Call(async () => await disruption.GetOcgOptionsAsync(new GetOcgOptionsRequest { Options = options, OcgReference = CanaryExports.Ocg }));
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var watch = disruption.Watch(new WatchRequest { Options = options }, cancellationToken: cts.Token);
            while (await watch.ResponseStream.MoveNext(cts.Token) && watch.ResponseStream.Current.Kind != WatchEventKind.CaughtUp)
            {
                transcript.AppendLine(JsonFormatter.Default.Format(watch.ResponseStream.Current));
            }
        }
        catch (RpcException ex)
        {
            transcript.AppendLine($"{ex.StatusCode} {ex.Status.Detail}");
        }

        var admin = new Admin.AdminClient(channel);
        await Call(async () => await admin.ListAdaptersAsync(new ListAdaptersRequest()));
        await Call(async () => await admin.GetStoreStatusAsync(new GetStoreStatusRequest()));
        await Call(async () => await admin.ListQuarantineAsync(new ListQuarantineRequest()));
        await Call(async () => await admin.ListLinksAsync(new ListLinksRequest { MinSequence = ids.MinSequence, Page = new PageRequest { PageSize = 1000 } }));
        await Call(async () => await admin.ListReviewQueueAsync(new ListReviewQueueRequest { MinSequence = ids.MinSequence, Page = new PageRequest { PageSize = 1000 } }));
        await Call(async () => await admin.ListRecordSubjectsAsync(new ListRecordSubjectsRequest { Agency = TestSettings.Police, PartnerReference = $"NOMINAL:{CanaryExports.Pnc}" }));
        var audit = new Contracts.V1.Audit.AuditClient(channel);
        await Call(async () => await audit.QueryAsync(new AuditQueryRequest { Purpose = new QueryPurpose { Code = PurposeCode.Audit, Justification = "canary" }, Page = new PageRequest { PageSize = 1000 } }));
        await Call(async () => await audit.VerifyAsync(new VerifyRequest()));
        var gain = new Gain.GainClient(channel);
        await Call(async () => await gain.GetHoldingsAsync(new GetHoldingsRequest { Options = options, Subject = new SubjectRef { NominalHubId = ids.Nominal } }));
        return transcript.ToString();
    }

    private sealed record CanaryIds(string Nominal, IReadOnlyList<string> Locations, IReadOnlyList<string> Opportunities, ulong MinSequence);
}
