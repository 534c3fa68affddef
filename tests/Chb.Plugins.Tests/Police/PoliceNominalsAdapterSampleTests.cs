using Chb.Adapters;

namespace Chb.Plugins.Tests.Police;

public sealed class PoliceNominalsAdapterSampleTests
{
    [Fact]
    public async Task ParseAsync_Sample_AcceptsTwoOcgsAndThreeNominalsThenRejectsLast()
    {
        var rows = await PoliceExports.ParseSampleAsync();

        Assert.Equal([3L, 4, 5, 17, 26, 32], rows.Select(r => r.RowNumber));
        Assert.All(rows.Take(5), r => Assert.NotNull(r.Record));
        Assert.Equal([RecordKind.Ocg, RecordKind.Ocg, RecordKind.Nominal, RecordKind.Nominal, RecordKind.Nominal],
            rows.Take(5).Select(r => r.Record!.Kind));
        Assert.Null(rows[5].Record);
    }

    [Fact]
    public async Task ParseAsync_SampleOcgs_MapReferenceNameScoreAndLro()
    {
        var rows = await PoliceExports.ParseSampleAsync();

        var first = rows[0].Record!;
        Assert.Equal("OCG:OCG-WYP-0042", first.PartnerReference);
        Assert.Equal(new OcgDetails("OCG-WYP-0042", "Kenmore Crew") { MorileScore = 148, LroId = "WYP-LRO-7" }, first.Ocg);
        Assert.Empty(first.Parties);
        Assert.Equal(new OcgDetails("OCG-WYP-0051", "Leeds Road Group") { MorileScore = 96, LroId = "WYP-LRO-9" }, rows[1].Record!.Ocg);
    }

    [Fact]
    public async Task ParseAsync_SampleFirstNominal_MapsPersonWithAliasAfterPrimary()
    {
        var record = (await PoliceExports.ParseSampleAsync())[2].Record!;

        Assert.Equal("NOMINAL:2001/0123456F", record.PartnerReference);
        Assert.Null(record.Ocg);
        var party = Assert.Single(record.Parties);
        Assert.Equal(PartyRole.Nominal, party.Role);
        var person = party.Person!;
        Assert.Equal([new PersonName("Khan", "Imran", true), new PersonName("Khan", "Immy", false)], person.Names);
        Assert.Equal(new DateOnly(1990, 11, 2), person.DateOfBirth);
        Assert.Equal("2001/0123456F", person.PncId);
        Assert.Equal("123456/01X", person.CroNumber);
    }

    [Fact]
    public async Task ParseAsync_SampleFirstNominal_MapsAddressMembershipMarkersAndVehicle()
    {
        var record = (await PoliceExports.ParseSampleAsync())[2].Record!;

        var address = Assert.Single(record.Locations);
        Assert.Equal(
            new LocationReference(LocationRelation.Residence)
            {
                Uprn = "100051000001",
                Postcode = "BD3 8QX",
                Address = "Flat 3 Kenmore House, Kenmore Road, Bradford",
                From = new DateOnly(2022, 1, 1),
            },
            address);
        Assert.Equal([new OcgMembership("OCG-WYP-0042", "PrincipalMember")], record.OcgMemberships);
        Assert.Equal([new VehicleReference("YX19ABC", "NoInsurance")], record.Vehicles);
        Assert.Equal(2, record.Markers.Count);
        Assert.Equal(new Marker(MarkerKind.Warning, "WEAPONS"), record.Markers[0]);
        Assert.Equal(
            new Marker(MarkerKind.Warrant, "Arrest")
            {
                Reference = "W-2024-0110",
                IssuedOn = new DateOnly(2024, 2, 10),
                Detail = new MarkedText("Bradford and Keighley Magistrates", Disclosure.OwnerOnly),
            },
            record.Markers[1]);
    }

    [Fact]
    public async Task ParseAsync_SampleFirstNominal_MapsIntelligenceAndFlagsChisAsSourceProtected()
    {
        var intel = (await PoliceExports.ParseSampleAsync())[2].Record!.Intelligence;

        Assert.Equal(2, intel.Count);
        Assert.Equal(
            new IntelligenceItem("INT-2024-0555", new DateOnly(2024, 2, 28), 2, 'A', HandlingCode.P, IntelligenceSourceType.Officer)
            {
                Text = MarkedText.OwnerOnly("Seen handing small packages to youths outside Kenmore House"),
            },
            intel[0]);
        Assert.False(intel[0].IsSourceProtected);
        Assert.Equal(
            new IntelligenceItem("INT-2024-0556", new DateOnly(2024, 3, 1), 1, 'B', HandlingCode.C, IntelligenceSourceType.Chis)
            {
                Text = MarkedText.OwnerOnly("Stores cash and drugs at flat 3; moves stock on Fridays"),
            },
            intel[1]);
        Assert.True(intel[1].IsSourceProtected);
    }

    [Fact]
    public async Task ParseAsync_SampleSecondNominal_MapsBailCivilOrderAndAddressWithoutUprn()
    {
        var record = (await PoliceExports.ParseSampleAsync())[3].Record!;

        Assert.Equal("NOMINAL:2009/0456789W", record.PartnerReference);
        Assert.Null(record.Parties[0].Person!.CroNumber);
        Assert.Equal(
            [new LocationReference(LocationRelation.Residence) { Postcode = "BD3 8QY", Address = "Kenmore Road, Bradford" }],
            record.Locations);
        Assert.Equal(
            [
                new Marker(MarkerKind.Bail, "Bail")
                {
                    ExpiresOn = new DateOnly(2024, 6, 1),
                    Detail = MarkedText.OwnerOnly("Not to enter Kenmore Road; curfew 21:00-06:00"),
                },
                new Marker(MarkerKind.CivilOrder, "CBO") { ExpiresOn = new DateOnly(2025, 1, 31) },
            ],
            record.Markers);
        var intel = Assert.Single(record.Intelligence);
        Assert.Equal((3, 'C', IntelligenceSourceType.Public), (intel.SourceEvaluation, intel.Assessment, intel.SourceType));
        Assert.Empty(record.Vehicles);
    }

    [Fact]
    public async Task ParseAsync_SampleThirdNominal_MapsAssociateAndPartnerIntel()
    {
        var record = (await PoliceExports.ParseSampleAsync())[4].Record!;

        Assert.Equal("NOMINAL:2015/0999999H", record.PartnerReference);
        Assert.Equal([new PersonName("Mahmood", "Tariq", true)], record.Parties[0].Person!.Names);
        Assert.Equal([new OcgMembership("OCG-WYP-0051", "Associate")], record.OcgMemberships);
        Assert.Equal(IntelligenceSourceType.Partner, Assert.Single(record.Intelligence).SourceType);
        Assert.Empty(record.Locations);
        Assert.Empty(record.Markers);
    }

    [Fact]
    public async Task ParseAsync_SampleLastNominal_RejectedForPncCheckLetterAndDateOfBirth()
    {
        var row = (await PoliceExports.ParseSampleAsync())[5];

        var problems = PoliceExports.Problems(row);
        Assert.Equal(["Nominal@pncId", "DateOfBirth"], problems.Select(p => p.Field));
        Assert.Contains("check letter", problems[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("0999999A", problems[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-date", problems[1].Reason, StringComparison.Ordinal);
    }
}
