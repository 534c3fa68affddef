using System.Text.Json.Nodes;
using Chb.Adapters;

namespace Chb.Plugins.Tests.Environment;

public sealed partial class EnvEnforcementAdapterTests
{
    [Theory]
    [InlineData("caseId", null)]
    [InlineData("caseId", "")]
    [InlineData("service", "Burglary")]
    [InlineData("service", null)]
    [InlineData("status", null)]
    [InlineData("outcome", "Fine")]
    [InlineData("reportedAt", "yesterday")]
    [InlineData("reportedAt", "2024-03-02T14:05:00")]
    [InlineData("reportedAt", "2024-03-02")]
    [InlineData("reportedAt", "02/03/2024 14:05:00 +00:00")]
    [InlineData("reportedAt", "14:05 +01:00")]
    [InlineData("reportedAt", "Sat, 02 Mar 2024 14:05:00 Z")]
    public async Task ParseAsync_InvalidTopLevelField_RejectsNamingIt(string field, string? value)
    {
        var line = EnvJsonl.Line(j => j[field] = value is null ? null : JsonValue.Create(value));

        var row = await EnvJsonl.SingleRejectionAsync(line);

        Assert.Equal([field], EnvJsonl.Fields(row));
        Assert.True(string.IsNullOrEmpty(value) || !row.Rejection!.Reason.Contains(value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-03-02T14:05:00Z", 0)]
    [InlineData("2024-03-02T15:05+01:00", 60)]
    [InlineData("2024-03-02T09:05:00.000-05:00", -300)]
    public async Task ParseAsync_IsoReportedAt_KeepsInstantAndOffset(string reportedAt, int offsetMinutes)
    {
        var record = await EnvJsonl.SingleRecordAsync(EnvJsonl.Line(j => j["reportedAt"] = reportedAt));

        Assert.Equal(new DateTimeOffset(2024, 3, 2, 14, 5, 0, TimeSpan.Zero), record.Case!.OpenedAt);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), record.Case.OpenedAt!.Value.Offset);
    }

    [Theory]
    [InlineData("""{}""", "location")]
    [InlineData("""null""", "location")]
    [InlineData("""[]""", "location")]
    [InlineData("""{"postcode":"NOT A POSTCODE"}""", "location.postcode")]
    [InlineData("""{"postcode":"bd3"}""", "location.postcode")]
    [InlineData("""{"uprn":"1000510000012"}""", "location.uprn")]
    [InlineData("""{"uprn":"abc"}""", "location.uprn")]
    [InlineData("""{"easting":417250}""", "location.northing")]
    [InlineData("""{"northing":433650}""", "location.easting")]
    [InlineData("""{"easting":-1,"northing":433650}""", "location.easting")]
    [InlineData("""{"easting":417250,"northing":1300001}""", "location.northing")]
    [InlineData("""{"easting":"417250","northing":433650}""", "location.easting")]
    [InlineData("""{"easting":417250.5,"northing":433650}""", "location.easting")]
    public async Task ParseAsync_InvalidLocation_RejectsNamingField(string location, string field)
    {
        var row = await EnvJsonl.SingleRejectionAsync(EnvJsonl.Line(j => j["location"] = JsonNode.Parse(location)));

        Assert.Equal([field], EnvJsonl.Fields(row));
    }

    [Fact]
    public async Task ParseAsync_LocationWithOnlyGridReference_IsAccepted()
    {
        var line = EnvJsonl.Line(j => j["location"] = JsonNode.Parse("""{"easting":0,"northing":1300000}"""));

        var location = (await EnvJsonl.SingleRecordAsync(line)).Locations.Single();

        Assert.Equal((0, 1300000, null, null), (location.Easting, location.Northing, location.Uprn, location.Postcode));
    }

    [Fact]
    public async Task ParseAsync_NumericUprnAndLowerCasePostcode_AreNormalised()
    {
        var line = EnvJsonl.Line(j => j["location"] = JsonNode.Parse("""{"uprn":100051000001,"postcode":"bd38qx"}"""));

        var location = (await EnvJsonl.SingleRecordAsync(line)).Locations.Single();

        Assert.Equal(("100051000001", "BD3 8QX"), (location.Uprn, location.Postcode));
    }

    [Theory]
    [InlineData("""[{"role":"Landlord","name":{"family":"X"}}]""", "parties[0].role")]
    [InlineData("""[{"name":{"family":"X"}}]""", "parties[0].role")]
    [InlineData("""[{"role":"Suspect"}]""", "parties[0]")]
    [InlineData("""[{"role":"Owner","companyNumber":"1234567"}]""", "parties[0].companyNumber")]
    [InlineData("""[{"role":"Driver","vrm":"!!"}]""", "parties[0].vrm")]
    [InlineData("""[{"role":"Suspect","name":{"given":"X"}}]""", "parties[0].name.family")]
    [InlineData("""[{"role":"Suspect","name":"Dean Holt"}]""", "parties[0].name")]
    [InlineData("""[{"role":"Suspect","name":{"family":"X"},"dob":"14/07/1991"}]""", "parties[0].dob")]
    [InlineData("""[{"role":"Suspect","name":{"family":"X"},"dob":"1991-02-30"}]""", "parties[0].dob")]
    [InlineData("""[{"role":"Driver","vrm":"YX19ABC","dob":"1991-07-14"}]""", "parties[0].dob")]
    [InlineData("""[{"role":"Reporter"},"Suspect"]""", "parties[1]")]
    [InlineData("""{"role":"Suspect"}""", "parties")]
    public async Task ParseAsync_InvalidParty_RejectsNamingField(string parties, string field)
    {
        var row = await EnvJsonl.SingleRejectionAsync(EnvJsonl.Line(j => j["parties"] = JsonNode.Parse(parties)));

        Assert.Equal([field], EnvJsonl.Fields(row));
    }

    [Theory]
    [InlineData("""[{"role":"Reporter"}]""")]
    [InlineData("""[{"role":"reporter","phone":"07700 900000","name":"not even an object","dob":"bad"}]""")]
    public async Task ParseAsync_OnlyAReporter_IsAcceptedWithNoParties(string parties)
    {
        var record = await EnvJsonl.SingleRecordAsync(EnvJsonl.Line(j => j["parties"] = JsonNode.Parse(parties)));

        Assert.Empty(record.Parties);
        Assert.True(record.HasProtectedParty);
    }

    [Fact]
    public async Task ParseAsync_SameVrmOnTwoParties_AddsOneVehicle()
    {
        var parties = """[{"role":"Driver","vrm":"yx19 abc"},{"role":"Owner","vrm":"YX19-ABC","companyNumber":"sc123456"}]""";

        var record = await EnvJsonl.SingleRecordAsync(EnvJsonl.Line(j => j["parties"] = JsonNode.Parse(parties)));

        Assert.Equal([new VehicleReference("YX19ABC", null)], record.Vehicles);
        Assert.Equal("SC123456", record.Parties[1].CompanyNumber);
        Assert.False(record.HasProtectedParty);
    }

    [Fact]
    public async Task ParseAsync_SeveralProblems_ListsEveryOne()
    {
        var line = EnvJsonl.Compact("""
            {"caseId":"X","service":"Nope","reportedAt":"2024-03-02T14:05:00Z","status":"Open","location":{"postcode":"?"},
             "parties":[{"role":"Suspect"},{"role":"Driver","vrm":"?"}],"outcome":"Maybe"}
            """);

        var row = await EnvJsonl.SingleRejectionAsync(line);

        Assert.Equal(["service", "outcome", "location.postcode", "parties[0]", "parties[1].vrm"], EnvJsonl.Fields(row));
    }
}
