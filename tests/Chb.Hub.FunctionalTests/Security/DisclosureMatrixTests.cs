using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Disruption;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.Security;

/// <summary>
/// The record-marking half of the persona matrix, stated as a table: for one nominal with a PNC ID, officer
/// intelligence (handling P) and CHIS intelligence (handling C), what each LRO persona is given, what is
/// redacted with which reason, and who is denied the nominal altogether.
/// </summary>
public sealed class DisclosureMatrixTests : IClassFixture<DisclosureMatrixTests.Loaded>
{
    private readonly Loaded _loaded;

    public DisclosureMatrixTests(Loaded loaded) => _loaded = loaded;

    public enum Expect
    {
        Allow,
        Redact,
        Deny,
    }

    public static TheoryData<string, string, string, Expect, Expect, Expect> Matrix() => new()
    {
        // persona, agency, ocg, PNC ID, officer intelligence text, CHIS intelligence (beyond existence)
        { "owning force LRO", TestSettings.Police, CanaryExports.Ocg, Expect.Allow, Expect.Allow, Expect.Allow },
        { "housing LRO, same OCG", TestSettings.Housing, CanaryExports.Ocg, Expect.Redact, Expect.Redact, Expect.Redact },
        { "environment LRO, same OCG", TestSettings.Environment, CanaryExports.Ocg, Expect.Redact, Expect.Redact, Expect.Redact },
        { "force LRO, other OCG", TestSettings.Police, "OCG-WYP-0051", Expect.Deny, Expect.Deny, Expect.Deny },
        { "force LRO, no OCG", TestSettings.Police, string.Empty, Expect.Deny, Expect.Deny, Expect.Deny },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Nominal_AsEachLro_IsAllowedRedactedOrDeniedAsSpecified(string persona, string agency, string ocg, Expect pnc, Expect officer, Expect chis)
    {
        var who = new HubPersona($"matrix:{persona}", HubRoles.Lro, agency) { Ocgs = ocg.Length > 0 ? [ocg] : [] };
        var client = new Contracts.V1.Disruption.DisruptionClient(_loaded.Hub.CreateChannel(who));
        var request = new GetNominalOptionsRequest { Options = LroClient.Options(_loaded.Sequence), NominalHubId = _loaded.NominalId };

        if (pnc == Expect.Deny)
        {
            var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.GetNominalOptionsAsync(request));
            var unknown = await Assert.ThrowsAsync<RpcException>(async () => await client.GetNominalOptionsAsync(new GetNominalOptionsRequest { Options = request.Options, NominalHubId = "NOM-0000000000000000" }));
            Assert.Equal(StatusCode.NotFound, ex.StatusCode);
            Assert.Equal(unknown.Status.Detail.Replace("NOM-0000000000000000", _loaded.NominalId, StringComparison.Ordinal), ex.Status.Detail);
            return;
        }

        var nominal = (await client.GetNominalOptionsAsync(request)).Nominal;
        var officerItem = nominal.Intelligence.Single(i => i.Month == "2024-02" || i.RecordedOn.StartsWith("2024-02", StringComparison.Ordinal));
        var chisItem = nominal.Intelligence.Single(i => i != officerItem);

        Check(pnc, nominal.PncId == CanaryExports.Pnc, nominal.PncId.Length == 0 && nominal.Withheld.Any(w => w.Field == "pnc_id" && w.Reason == WithheldReason.CriminalRecordIdentifier));
        Assert.True(nominal.MatchedToPoliceNominal);
        Check(officer, officerItem.Text == CanaryExports.PoliceOwnerOnly[0],
            officerItem.Text.Length == 0 && officerItem.Grading.Length == 0 && officerItem.Month == "2024-02" && officerItem.PostcodeSector == "BD3 8"
            && officerItem.Withheld.Any(w => w.Field == "text" && w.Reason == WithheldReason.OwnerOnly) && officerItem.Consult.Contains(officerItem.HubReference, StringComparison.Ordinal));
        Check(chis, chisItem.Text == CanaryExports.PoliceOwnerOnly[1],
            chisItem.Text.Length == 0 && chisItem.Month.Length == 0 && chisItem.PostcodeSector.Length == 0 && chisItem.Grading.Length == 0
            && chisItem.Withheld.All(w => w.Reason == WithheldReason.HandlingConditions) && chisItem.OwningAgency == TestSettings.Police);

        // Never a hint of how intelligence was obtained, to anyone.
        Assert.DoesNotContain(nominal.Intelligence, i => i.Category.Contains("CHIS", StringComparison.OrdinalIgnoreCase) || i.Withheld.Any(w => w.Reason == WithheldReason.SourceProtected));
    }

    private static void Check(Expect expect, bool whole, bool redacted)
    {
        if (expect == Expect.Allow)
        {
            Assert.True(whole, "expected the value itself");
        }
        else
        {
            Assert.True(redacted, "expected the value withheld with its reason");
        }
    }

    /// <summary>One hub with the canary exports loaded, shared by the matrix.</summary>
    public sealed class Loaded : IAsyncLifetime
    {
        public HubFactory Hub { get; } = new(LroClient.Settings());

        public string NominalId { get; private set; } = string.Empty;

        public ulong Sequence { get; private set; }

        public async Task InitializeAsync()
        {
            var lro = new LroClient(Hub);
            await lro.PushSampleBytesAsync(TestSettings.Police, "police-nominals-xml/1", CanaryExports.Police());
            await lro.PushSampleBytesAsync(TestSettings.Housing, "housing-cases-csv/1", CanaryExports.Housing());
            NominalId = (await lro.NominalNamedAsync(CanaryExports.FamilyName, ocg: CanaryExports.Ocg)).HubId;
            Sequence = lro.LastSequence;
        }

        public async Task DisposeAsync() => await Hub.DisposeAsync();
    }
}
