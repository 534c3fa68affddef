using Chb.Hub.Tactics;
using Chb.Hub.Tests.Tactics.Support;

namespace Chb.Hub.Tests.Tactics;

/// <summary>Facts from the real partner samples, parsed by the real plugins.</summary>
public sealed class FactExtractorSampleTests
{
    private static readonly DateOnly Today = new(2024, 3, 10);

    [Fact]
    public async Task Extract_KhanNominal_WarrantUninsuredVehicleOcgAndWeapons()
    {
        var facts = await FactsAsync("NOMINAL:2001/0123456F");

        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.WarrantOutstanding, new DateOnly(2024, 2, 10), "Arrest"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.VehicleUninsured, null, "YX19ABC"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.OcgPrincipal, null, "PrincipalMember"), facts);
        Assert.Contains(facts, f => f is { Subject: FactSubject.Person, Fact: FactNames.WeaponsWarning });
        Assert.Contains(new ExtractedFact(FactSubject.Location, 0, FactNames.OcgNominalAddress, new DateOnly(2022, 1, 1), null), facts);
    }

    [Fact]
    public async Task Extract_HoltNominal_CboProvesConvictionAndBailIsLive()
    {
        var facts = Names(await FactsAsync("NOMINAL:2009/0456789W"));

        Assert.Contains(FactNames.Convicted, facts);
        Assert.Contains(FactNames.CivilOrderInForce, facts);
        Assert.Contains(FactNames.OnBail, facts);
    }

    [Fact]
    public async Task Extract_HoltNominalAfterBailAndCboExpire_NoLiveMarkersButConvictionStands()
    {
        var facts = Names(await FactsAsync("NOMINAL:2009/0456789W", new DateOnly(2025, 2, 1)));

        Assert.DoesNotContain(FactNames.OnBail, facts);
        Assert.DoesNotContain(FactNames.CivilOrderInForce, facts);
        Assert.Contains(FactNames.Convicted, facts);
    }

    [Fact]
    public async Task Extract_CuckooedTenant_IsAVictimWithNoBreachOrPerpetratorFact()
    {
        var facts = await FactsAsync("ASB/2024/00123#Tenant#");
        var person = Names(facts.Where(f => f.Subject == FactSubject.Person));

        Assert.Equal([FactNames.CuckooingVictim, FactNames.SocialTenant, FactNames.Victim], person);
        Assert.Contains(new ExtractedFact(FactSubject.Location, 0, FactNames.CuckooingAddress, new DateOnly(2024, 3, 4), "Cuckooing"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Location, 0, FactNames.SocialTenancy, new DateOnly(2024, 3, 4), "Secure"), facts);
    }

    [Fact]
    public async Task Extract_CuckooingPerpetrator_GetsPerpetratorFactsOnly()
    {
        var person = Names((await FactsAsync("ASB/2024/00123#Perpetrator#")).Where(f => f.Subject == FactSubject.Person));

        Assert.Equal([FactNames.AsbPerpetrator, FactNames.CuckooingPerpetrator], person);
    }

    [Fact]
    public async Task Extract_ComplainantRecord_OnlyPlaceFacts()
        => Assert.All(await FactsAsync("ASB/2024/00123#Complainant"), f => Assert.Equal(FactSubject.Location, f.Subject));

    [Fact]
    public async Task Extract_TenancyBreach_TenantInBreachAndSocialTenancy()
    {
        var facts = await FactsAsync("TB/2024/00045#Tenant#");

        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.TenantInBreach, new DateOnly(2024, 1, 12), "TenancyBreach"), facts);
        Assert.Contains(facts, f => f is { Subject: FactSubject.Location, Fact: FactNames.SocialTenancy, Detail: "Secure" });
    }

    [Fact]
    public async Task Extract_ClosedRentArrearsCase_NoLiveArrearsFact()
    {
        var facts = Names(await FactsAsync("RA/2023/01999#Tenant#"));

        Assert.DoesNotContain(FactNames.RentArrears, facts);
        Assert.Contains(FactNames.AssuredShortholdTenant, facts);
    }

    [Fact]
    public async Task Extract_FlyTipWithVehicle_VehicleAttachesToTheSuspectNotTheNamelessDriver()
    {
        var facts = await FactsAsync("FT-2024-0457");

        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.FlyTippingVehicle, new DateOnly(2024, 3, 2), "YX19ABC"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.FlyTippingSuspect, new DateOnly(2024, 3, 2), "FlyTipping"), facts);
        Assert.DoesNotContain(facts, f => f is { Subject: FactSubject.Person, ItemIndex: not 0 });
        Assert.Contains(facts, f => f is { Subject: FactSubject.Location, Fact: FactNames.FlyTipSite });
        Assert.Contains(facts, f => f is { Subject: FactSubject.Location, Fact: FactNames.OffenceReported, Detail: "EPA1990-s33" });
    }

    [Fact]
    public async Task Extract_WasteCarrierDriver_GetsTheirOwnVehicle()
    {
        var facts = await FactsAsync("WC-2024-0031");

        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.WasteCarrierVehicle, new DateOnly(2024, 2, 21), "YX19ABC"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.VehicleLinked, null, "YX19ABC"), facts);
        Assert.Contains(facts, f => f.Fact == FactNames.WasteCarrierUnregistered);
    }

    [Fact]
    public async Task Extract_PremisesLicensingCase_LicensedPremisesWithAnOffence()
    {
        var facts = await FactsAsync("PL-2024-0009");

        Assert.Contains(new ExtractedFact(FactSubject.Location, 0, FactNames.LicensedPremises, new DateOnly(2024, 1, 30), "PremisesLicensing"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Location, 0, FactNames.OffenceReported, new DateOnly(2024, 1, 30), "LA2003-s136"), facts);
        Assert.Contains(new ExtractedFact(FactSubject.Person, 0, FactNames.PremisesLicensee, new DateOnly(2024, 1, 30), "PremisesLicensing"), facts);
    }

    [Theory]
    [InlineData("HMO-2023-0112", FactNames.UnlicensedHmo)]
    [InlineData("AV-2024-0201", FactNames.AbandonedVehicle)]
    [InlineData("ASB/2024/00150#Complainant", FactNames.AsbReported)]
    public async Task Extract_EnforcementAndAsbCases_GivePlaceFacts(string reference, string fact)
        => Assert.Contains(await FactsAsync(reference), f => f.Subject == FactSubject.Location && f.Fact == fact);

    [Fact]
    public async Task Extract_TenancyFromANonHousingAgency_IsNotASocialTenancy()
    {
        var sample = await SampleRecords.OneAsync("TB/2024/00045#Tenant#");

        var facts = Names(FactExtractor.Extract(sample.Record, "EnvironmentalServices", Today));

        Assert.DoesNotContain(FactNames.SocialTenancy, facts);
        Assert.DoesNotContain(FactNames.SocialTenant, facts);
    }

    private static async Task<IReadOnlyList<ExtractedFact>> FactsAsync(string reference, DateOnly? today = null)
    {
        var sample = await SampleRecords.OneAsync(reference);
        return FactExtractor.Extract(sample.Record, sample.Kind.ToString(), today ?? Today);
    }

    private static List<string> Names(IEnumerable<ExtractedFact> facts) => [.. facts.Select(f => f.Fact).Distinct().Order(StringComparer.Ordinal)];
}
