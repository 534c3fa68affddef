using Chb.Adapters;

namespace Chb.Plugins.Tests.Police;

public sealed class PoliceNominalsAdapterValidationTests
{
    private const string GoodIntel = """<Intel ref="INT-1" recorded="2024-02-28" grading="2A" handling="P" sourceType="Officer">Seen at the garages</Intel>""";

    [Theory]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" grading="4A" handling="P" sourceType="Officer">x</Intel>""", "Intel[1]@grading")]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" grading="2F" handling="P" sourceType="Officer">x</Intel>""", "Intel[1]@grading")]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" grading="A2" handling="P" sourceType="Officer">x</Intel>""", "Intel[1]@grading")]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" handling="P" sourceType="Officer">x</Intel>""", "Intel[1]@grading")]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" grading="2A" handling="X" sourceType="Officer">x</Intel>""", "Intel[1]@handling")]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" grading="2A" sourceType="Officer">x</Intel>""", "Intel[1]@handling")]
    [InlineData("""<Intel ref="INT-1" recorded="2024-02-28" grading="2A" handling="P" sourceType="Informant">x</Intel>""", "Intel[1]@sourceType")]
    [InlineData("""<Intel ref="INT-1" recorded="28/02/2024" grading="2A" handling="P" sourceType="Officer">x</Intel>""", "Intel[1]@recorded")]
    [InlineData("""<Intel recorded="2024-02-28" grading="2A" handling="P" sourceType="Officer">x</Intel>""", "Intel[1]@ref")]
    [InlineData("""<Address postcode="QQ1 1AA">1 Road</Address>""", "Address[1]@postcode")]
    [InlineData("""<Address uprn="1000510000012">1 Road</Address>""", "Address[1]@uprn")]
    [InlineData("""<Address uprn="UPRN-1">1 Road</Address>""", "Address[1]@uprn")]
    [InlineData("""<Address from="2022-13-01">1 Road</Address>""", "Address[1]@from")]
    [InlineData("""<Address/>""", "Address[1]")]
    [InlineData("""<OcgMembership ocgRef="OCG-1" role="Boss"/>""", "OcgMembership[1]@role")]
    [InlineData("""<OcgMembership role="Member"/>""", "OcgMembership[1]@ocgRef")]
    [InlineData("""<Warning/>""", "Warning[1]@code")]
    [InlineData("""<Warrant ref="W-1" type="Bench" issued="2024-02-10"/>""", "Warrant[1]@type")]
    [InlineData("""<Warrant ref="W-1" type="Arrest" issued="10/02/2024"/>""", "Warrant[1]@issued")]
    [InlineData("""<Bail conditions="Curfew" expires="soon"/>""", "Bail[1]@expires")]
    [InlineData("""<CivilOrder type="ASBO" expires="2025-01-31"/>""", "CivilOrder[1]@type")]
    [InlineData("""<Vehicle vrm="***" status="Ok"/>""", "Vehicle[1]@vrm")]
    [InlineData("""<Vehicle vrm="YX19ABC" status="Scrapped"/>""", "Vehicle[1]@status")]
    [InlineData("""<Name given="Alias" primary="maybe"/>""", "Name[2]@primary")]
    [InlineData("""<Tattoo location="arm"/>""", "Tattoo[1]")]
    [InlineData("""<DateOfBirth>1990-11-02</DateOfBirth><DateOfBirth>1990-11-03</DateOfBirth>""", "DateOfBirth")]
    public async Task ParseAsync_InvalidPart_RejectsWholeNominalNamingTheField(string child, string field)
    {
        var row = Assert.Single(await PoliceExports.ParseAsync(PoliceExports.Export(PoliceExports.Nominal(child + GoodIntel))));

        Assert.Equal(2, row.RowNumber);
        Assert.Null(row.Record);
        Assert.Equal([field], PoliceExports.Problems(row).Select(p => p.Field));
    }

    [Theory]
    [InlineData("""<Nominal croNumber="123456/01X"><Name family="Khan"/></Nominal>""", "Nominal@pncId")]
    [InlineData("""<Nominal pncId="2001/0012345J"><Name family="Khan"/></Nominal>""", "Nominal@pncId")]
    [InlineData("""<Nominal pncId="2001/0012345H" croNumber="123456/01A"><Name family="Khan"/></Nominal>""", "Nominal@croNumber")]
    [InlineData("""<Nominal pncId="2001/0012345H"/>""", "Name")]
    [InlineData("""<Nominal pncId="2001/0012345H"><Name given="Imran"/></Nominal>""", "Name")]
    [InlineData("""<Nominal pncId="2001/0012345H"><Name family="A" primary="true"/><Name family="B" primary="true"/></Nominal>""", "Name@primary")]
    [InlineData("""<Ocg ref="OCG-1" name="Crew" morileScore="high"/>""", "Ocg@morileScore")]
    [InlineData("""<Ocg ref="OCG-1" name="Crew" morileScore="-5"/>""", "Ocg@morileScore")]
    [InlineData("""<Ocg name="Crew"/>""", "Ocg@ref")]
    public async Task ParseAsync_InvalidIdentity_RejectsNamingTheField(string element, string field)
    {
        var row = Assert.Single(await PoliceExports.ParseAsync(PoliceExports.Export(element)));

        Assert.Equal([field], PoliceExports.Problems(row).Select(p => p.Field));
    }

    [Fact]
    public async Task ParseAsync_SeveralProblems_ListsEveryOneWithoutQuotingValues()
    {
        var nominal = """
            <Nominal pncId="2001/0012345J" croNumber="999"><Name family="Zed" given="Secret"/>
            <Address postcode="NOWHERE">Hidden House</Address>
            <Intel ref="INT-1" recorded="2024-02-28" grading="2A" handling="P" sourceType="Officer">first</Intel>
            <Intel ref="INT-2" recorded="2024-02-28" grading="7Q" handling="Z" sourceType="CHIS" sourceRef="DSU-X-1">Whisper text</Intel>
            </Nominal>
            """;

        var row = Assert.Single(await PoliceExports.ParseAsync(PoliceExports.Export(nominal)));

        var problems = PoliceExports.Problems(row);
        Assert.Equal(
            ["Nominal@pncId", "Nominal@croNumber", "Address[1]@postcode", "Intel[2]@grading", "Intel[2]@handling"],
            problems.Select(p => p.Field));
        var reasons = string.Join(" ", problems.Select(p => p.Reason));
        foreach (var value in new[] { "0012345J", "999", "Zed", "Secret", "NOWHERE", "Hidden", "7Q", "Whisper", "DSU-X-1" })
        {
            Assert.DoesNotContain(value, reasons, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ParseAsync_LooseButValidSpellings_AreCanonicalised()
    {
        var children = """
            <Address postcode="bd38qx">1 Road</Address><OcgMembership ocgRef="OCG-1" role="member"/>
            <Vehicle vrm="yx19 abc" status="nomot"/><CivilOrder type="cbo"/>
            <Intel ref="INT-9" recorded="2024-03-01" grading="1b" handling="c" sourceType="covert">Observed</Intel>
            """;

        var record = Assert.Single(await PoliceExports.ParseAsync(PoliceExports.Export(PoliceExports.Nominal(children, "01/12345H")))).Record!;

        Assert.Equal("NOMINAL:2001/0012345H", record.PartnerReference);
        Assert.Equal("BD3 8QX", record.Locations[0].Postcode);
        Assert.Equal("Member", record.OcgMemberships[0].Role);
        Assert.Equal(new VehicleReference("YX19ABC", "NoMOT"), record.Vehicles[0]);
        Assert.Equal("CBO", record.Markers[0].Code);
        var intel = record.Intelligence[0];
        Assert.Equal((1, 'B', HandlingCode.C, IntelligenceSourceType.Covert), (intel.SourceEvaluation, intel.Assessment, intel.Handling, intel.SourceType));
        Assert.True(intel.IsSourceProtected);
    }

    [Fact]
    public async Task ParseAsync_NamesWithDiacriticsAndApostrophes_ArePreservedExactly()
    {
        var nominal = """
            <Nominal pncId="2001/0012345H">
              <Name family="O&apos;Brien-Łukasiewicz" given="Zoë"/>
              <Name family="Ó Briain" given="Siobhán Renée" primary="true"/>
              <Name family="Müller" given="Jürgen"/>
            </Nominal>
            """;

        var names = Assert.Single(await PoliceExports.ParseAsync(PoliceExports.Export(nominal))).Record!.Parties[0].Person!.Names;

        Assert.Equal(
            [
                new PersonName("Ó Briain", "Siobhán Renée", true),
                new PersonName("O'Brien-Łukasiewicz", "Zoë", false),
                new PersonName("Müller", "Jürgen", false),
            ],
            names);
    }
}
