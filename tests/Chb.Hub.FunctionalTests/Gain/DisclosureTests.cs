using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Google.Protobuf;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.GainCoordination;

/// <summary>
/// Disclosure requests: the owning agency decides; an approval releases exactly the fields asked for, to exactly the
/// coordinator who asked; a refusal releases nothing; every step is in the audit log.
/// </summary>
public sealed class DisclosureTests : IAsyncLifetime
{
    private const string Gateway = "Crime and Disorder Act 1998 s.115";

    private readonly HubFactory _hub = new(GainClient.Settings());
    private readonly GainClient _gain;

    public DisclosureTests() => _gain = new GainClient(_hub);

    public Task InitializeAsync() => _gain.Data.PushAllSamplesAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Approval_ReleasesOnlyTheFieldsAskedFor_OnlyToTheCoordinatorWhoAsked()
    {
        var housing = await HoldingAsync("Khan", TestSettings.Housing);
        var coordinator = _gain.Coordinator(TestSettings.Police);
        var asked = await coordinator.RequestDisclosureAsync(Request(housing, "notes", "case_type"));
        var pending = await coordinator.RequestDisclosureAsync(FollowUp(asked.RequestId));

        var decided = await Decider(TestSettings.Housing).DecideDisclosureAsync(Decide(asked.RequestId, approve: true));
        var released = await coordinator.RequestDisclosureAsync(FollowUp(asked.RequestId));

        Assert.Equal(DisclosureDecision.Pending, asked.Decision);
        Assert.Equal(["case_type", "notes"], asked.RequestedFields);
        Assert.Empty(pending.Released);
        Assert.Equal(DisclosureDecision.Approved, decided.Decision);
        Assert.Equal(["case_type", "notes"], decided.ReleasedFields);
        Assert.Empty(decided.Released);
        Assert.Equal(DisclosureDecision.Approved, released.Decision);
        Assert.Equal(["case_type", "notes"], released.Released.Select(r => r.Field).Distinct());
        Assert.Contains(released.Released, r => r.Field == "case_type" && r.Value == "Cuckooing");
        Assert.Contains(released.Released, r => r.Field == "notes" && r.Value.Contains("believed to run the address", StringComparison.Ordinal));
        Assert.All(released.Released, r => Assert.StartsWith("REC-", r.RecordId, StringComparison.Ordinal));
        var text = JsonFormatter.Default.Format(released);
        Assert.All(["Kenmore House", "T-88231", "ASB/2024/00123", "Walsh", "Perpetrator", "2024-03-04"], v => Assert.DoesNotContain(v, text, StringComparison.Ordinal));

        // Another GAIN coordinator, of the same agency or another, learns nothing, not even that the request exists.
        var other = _gain.As(new HubPersona("gain.other", HubRoles.Gain, TestSettings.Police));
        var otherAgency = _gain.Coordinator(TestSettings.Housing);
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await other.RequestDisclosureAsync(FollowUp("DR-00000000000000000000000000000000")));
        foreach (var stranger in new[] { other, otherAgency })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(async () => await stranger.RequestDisclosureAsync(FollowUp(asked.RequestId)));
            Assert.Equal(StatusCode.NotFound, refused.StatusCode);
            Assert.Equal(unknown.Status.Detail.Replace("DR-00000000000000000000000000000000", asked.RequestId, StringComparison.Ordinal), refused.Status.Detail);
        }
    }

    [Fact]
    public async Task Refusal_ReleasesNothing_AndTheDecisionStands()
    {
        var housing = await HoldingAsync("Khan", TestSettings.Housing);
        var coordinator = _gain.Coordinator(TestSettings.Police);
        var asked = await coordinator.RequestDisclosureAsync(Request(housing, "notes", "address", "identity"));

        var refused = await Decider(TestSettings.Housing).DecideDisclosureAsync(Decide(asked.RequestId, approve: false));
        var replay = await Decider(TestSettings.Housing).DecideDisclosureAsync(Decide(asked.RequestId, approve: false));
        var change = await Assert.ThrowsAsync<RpcException>(async () => await Decider(TestSettings.Housing).DecideDisclosureAsync(Decide(asked.RequestId, approve: true)));
        var seen = await coordinator.RequestDisclosureAsync(FollowUp(asked.RequestId));

        Assert.Equal(DisclosureDecision.Refused, refused.Decision);
        Assert.Equal(DisclosureDecision.Refused, replay.Decision);
        Assert.Equal(StatusCode.FailedPrecondition, change.StatusCode);
        Assert.Equal(DisclosureDecision.Refused, seen.Decision);
        Assert.Empty(seen.ReleasedFields);
        Assert.Empty(seen.Released);
        Assert.Equal("Not necessary for the stated purpose", seen.DecisionReason);
    }

    [Fact]
    public async Task Decide_ByAnotherAgency_IsNotFoundExactlyLikeAnUnknownRequest()
    {
        var housing = await HoldingAsync("Khan", TestSettings.Housing);
        var asked = await _gain.Coordinator().RequestDisclosureAsync(Request(housing, "notes"));

        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await Decider(TestSettings.Police).DecideDisclosureAsync(Decide("DR-00000000000000000000000000000000", approve: true)));
        var foreignAnalyst = await Assert.ThrowsAsync<RpcException>(async () => await Decider(TestSettings.Police).DecideDisclosureAsync(Decide(asked.RequestId, approve: true)));
        var foreignAdmin = await Assert.ThrowsAsync<RpcException>(async () =>
            await new Contracts.V1.Gain.GainClient(_hub.CreateChannel(TestIdentity.Admin(TestSettings.Environment))).DecideDisclosureAsync(Decide(asked.RequestId, approve: true)));
        var still = await _gain.Coordinator().RequestDisclosureAsync(FollowUp(asked.RequestId));

        foreach (var error in new[] { foreignAnalyst, foreignAdmin })
        {
            Assert.Equal(StatusCode.NotFound, error.StatusCode);
            Assert.Equal(unknown.Status.Detail.Replace("DR-00000000000000000000000000000000", asked.RequestId, StringComparison.Ordinal), error.Status.Detail);
        }

        Assert.Equal(DisclosureDecision.Pending, still.Decision);
    }

    [Fact]
    public async Task Approval_CannotReleaseWhatThePolicyKeepsFromTheRequester()
    {
        var police = await HoldingAsync("Khan", TestSettings.Police, coordinatorAgency: TestSettings.Housing);
        var coordinator = _gain.Coordinator(TestSettings.Housing);
        var asked = await coordinator.RequestDisclosureAsync(Request(police, "criminal_record_ids", "intelligence", "markers"));
        await Decider(TestSettings.Police).DecideDisclosureAsync(Decide(asked.RequestId, approve: true));

        var released = await coordinator.RequestDisclosureAsync(FollowUp(asked.RequestId));

        var text = JsonFormatter.Default.Format(released);
        Assert.Contains(released.Released, r => r.Field == "markers" && r.Value.StartsWith("Warrant Arrest", StringComparison.Ordinal));
        Assert.DoesNotContain(released.Released, r => r.Field == "criminal_record_ids");
        Assert.Contains(released.Withheld, w => w.Field == "pnc_id" && w.Reason == WithheldReason.CriminalRecordIdentifier);
        Assert.All(["2001/0123456F", "CHIS", "DSU-WYP-0917", "Stores cash", "Seen handing"], v => Assert.DoesNotContain(v, text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, released.Released.Count(r => r.Field == "intelligence"));
    }

    [Fact]
    public async Task EveryStep_IsInTheAuditLog()
    {
        var housing = await HoldingAsync("Khan", TestSettings.Housing);
        var coordinator = _gain.Coordinator(TestSettings.Police);
        var asked = await coordinator.RequestDisclosureAsync(Request(housing, "case_type"));
        await Decider(TestSettings.Housing).DecideDisclosureAsync(Decide(asked.RequestId, approve: true));
        await coordinator.RequestDisclosureAsync(FollowUp(asked.RequestId));

        var audit = new Contracts.V1.Audit.AuditClient(_hub.CreateChannel(TestIdentity.Auditor()));
        var entries = (await audit.QueryAsync(new AuditQueryRequest
        {
            Subject = $"disclosure-request:{asked.RequestId}",
            Purpose = new QueryPurpose { Code = PurposeCode.Audit, Justification = "check" },
            Page = new PageRequest { PageSize = 10 },
        })).Entries;

        Assert.Equal(["alteration", "alteration", "disclosure"], entries.Select(e => e.Action));
        Assert.Equal(["gain.coordinator", "analyst.bdc-housing", "gain.coordinator"], entries.Select(e => e.Actor));
        Assert.Contains(Gateway, entries[0].Purpose, StringComparison.Ordinal);
        Assert.Contains("approved", entries[1].Purpose, StringComparison.Ordinal);
        Assert.Contains(entries[2].Disclosed, d => d.EndsWith($"/case_type:granted-by:{asked.RequestId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestDisclosure_WithAnUnknownFieldOrNoGateway_IsInvalid()
    {
        var housing = await HoldingAsync("Khan", TestSettings.Housing);
        var bad = Request(housing, "notes", "bank_details");
        var noGateway = Request(housing, "notes");
        noGateway.LegalGateway = "";

        var field = await Assert.ThrowsAsync<RpcException>(async () => await _gain.Coordinator().RequestDisclosureAsync(bad));
        var gateway = await Assert.ThrowsAsync<RpcException>(async () => await _gain.Coordinator().RequestDisclosureAsync(noGateway));
        var holding = await Assert.ThrowsAsync<RpcException>(async () => await _gain.Coordinator().RequestDisclosureAsync(Request("HLD-0000000000000000", "notes")));

        Assert.Equal(StatusCode.InvalidArgument, field.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, gateway.StatusCode);
        Assert.Equal(StatusCode.NotFound, holding.StatusCode);
    }

    private async Task<string> HoldingAsync(string family, string agency, string coordinatorAgency = TestSettings.Police)
    {
        var holdings = await _gain.HoldingsAsync(new SubjectRef { NominalHubId = await _gain.NominalAsync(family) }, coordinatorAgency);
        return holdings.Holdings.Single(h => h.Agency == agency).HoldingReference;
    }

    private Contracts.V1.Gain.GainClient Decider(string agency) => new(_hub.CreateChannel(TestIdentity.Analyst(agency)));

    private RequestDisclosureRequest Request(string holding, params string[] fields)
    {
        var request = new RequestDisclosureRequest { Options = _gain.Options(), HoldingReference = holding, LegalGateway = Gateway };
        request.RequestedFields.AddRange(fields);
        return request;
    }

    private RequestDisclosureRequest FollowUp(string requestId) => new() { Options = _gain.Options(), RequestId = requestId };

    private static DecideDisclosureRequest Decide(string requestId, bool approve) => new()
    {
        Options = new ReadOptions { Purpose = new QueryPurpose { Code = PurposeCode.GainCoordination, Justification = "GAIN request YH-2024-017" } },
        RequestId = requestId,
        Approve = approve,
        Reason = approve ? "Necessary for the multi-agency disruption plan" : "Not necessary for the stated purpose",
    };
}
