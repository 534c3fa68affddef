using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;

namespace Chb.Hub.FunctionalTests.Disruption;

/// <summary>Pushes partner exports and asks as an LRO, reading its own writes through min_sequence.</summary>
public sealed class LroClient(HubFactory hub)
{
    public const string KenmoreCrew = "OCG-WYP-0042";
    public const string LeedsRoadGroup = "OCG-WYP-0051";

    public ulong LastSequence { get; private set; }

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Hub:Reads:MinSequenceWait"] = "00:00:30",
        ["Hub:Linking:PollInterval"] = "00:00:00.050",
    };

    public static ReadOptions Options(ulong minSequence = 0) => new()
    {
        Purpose = new QueryPurpose { Code = PurposeCode.DisruptionPlanning, Justification = "Op Kestrel plan" },
        MinSequence = minSequence,
    };

    public async Task PushSampleAsync(string agency, string adapter, string file)
        => await PushSampleBytesAsync(agency, adapter, await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Data", file)));

    public async Task PushSampleBytesAsync(string agency, string adapter, byte[] bytes)
    {
        var outcome = await PushClient.PushFileAsync(hub.Partner(agency), agency, adapter, bytes);
        Assert.True(outcome.Summary.Accepted > 0, string.Join("; ", outcome.Rows.Select(r => r.Rejection?.ToString())));
        LastSequence = Math.Max(LastSequence, outcome.Summary.LastSequence);
    }

    public Task PushPoliceAsync() => PushSampleAsync(TestSettings.Police, "police-nominals-xml/1", "police-nominals.xml");

    public Task PushHousingAsync() => PushSampleAsync(TestSettings.Housing, "housing-cases-csv/1", "housing-cases.csv");

    public Task PushEnvironmentAsync() => PushSampleAsync(TestSettings.Environment, "env-enforcement-jsonl/1", "env-enforcement.jsonl");

    public async Task PushAllSamplesAsync()
    {
        await PushPoliceAsync();
        await PushHousingAsync();
        await PushEnvironmentAsync();
    }

    public Contracts.V1.Disruption.DisruptionClient As(HubPersona persona) => new(hub.CreateChannel(persona));

    public Contracts.V1.Disruption.DisruptionClient Lro(string agency = TestSettings.Police, params string[] ocgs)
        => As(TestIdentity.Lro(agency, ocgs.Length == 0 ? [KenmoreCrew] : ocgs));

    public Task<OcgOptionsResponse> OcgAsync(string ocg = KenmoreCrew, string agency = TestSettings.Police)
        => Lro(agency, ocg).GetOcgOptionsAsync(new GetOcgOptionsRequest { Options = Options(LastSequence), OcgReference = ocg }).ResponseAsync;

    public async Task<Nominal> NominalNamedAsync(string family, string agency = TestSettings.Police, string ocg = KenmoreCrew)
    {
        var found = await Lro(agency, ocg).SearchNominalsAsync(new SearchNominalsRequest { Options = Options(LastSequence), Name = family });
        return Assert.Single(found.Nominals);
    }

    public Task<OptionsResponse> NominalOptionsAsync(string hubId, string agency = TestSettings.Police, string ocg = KenmoreCrew)
        => Lro(agency, ocg).GetNominalOptionsAsync(new GetNominalOptionsRequest { Options = Options(LastSequence), NominalHubId = hubId }).ResponseAsync;
}

/// <summary>Partner exports written in the tests, in the partners' real formats, for cases the samples do not cover.</summary>
public static class ExtraExports
{
    private const string HousingHeader = "CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity";

    /// <summary>The police learn that the tenant in breach at 27 Laisteridge Lane associates with the Leeds Road Group.</summary>
    public static byte[] PoliceAssociate() => System.Text.Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <Export force="WYP" generated="2024-03-06T02:00:00Z">
          <Nominal pncId="2010/0333333V">
            <Name family="O'Connor" given="Sean-Paul" primary="true"/>
            <DateOfBirth>1988-01-30</DateOfBirth>
            <Address uprn="100051000777" postcode="BD3 9AB">27 Laisteridge Lane, Bradford</Address>
            <OcgMembership ocgRef="OCG-WYP-0051" role="Associate"/>
          </Nominal>
        </Export>
        """);

    /// <summary>A tenancy breach on an assured shorthold tenancy, whose s.21 route ended on 1 May 2026.</summary>
    public static byte[] ShortholdBreach() => System.Text.Encoding.UTF8.GetBytes(
        HousingHeader + "\n" +
        "TB/2024/00300,TenancyBreach,Open,02/02/2024,,T-90001,AssuredShorthold,100051000321,9 Kenmore Road,,Bradford,BD3 8QX,Holt,Dean,14/07/1991,Tenant,Breach,OFFICIAL\n");
}
