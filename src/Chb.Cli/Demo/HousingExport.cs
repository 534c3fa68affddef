using System.Globalization;

namespace Chb.Cli.Demo;

/// <summary>
/// Writes <c>housing-cases.csv</c>: cuckooing (tenant victim, group perpetrator, complainant), ASB, tenancy breaches,
/// arrears, subletting with two spellings of one tenant, and a few rows the adapter must reject.
/// </summary>
internal sealed class HousingExport(DemoSite site, DemoRandom random, DemoFeatures features)
{
    private static readonly string[] Tenures = ["Secure", "Secure", "Secure", "Introductory", "Flexible", "AssuredShorthold"];
    private readonly HousingRows _rows = new(random, features);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public DemoExport Build()
    {
        var count = site.People.Count;
        var members = site.OfKind(PersonKind.OcgMember).ToList();
        var nominals = site.Nominals;
        var residents = site.OfKind(PersonKind.Resident).ToList();
        var witnesses = site.OfKind(PersonKind.Witness).ToList();
        var tenancies = site.Tenants.ToList();

        foreach (var victim in site.OfKind(PersonKind.Vulnerable))
        {
            var c = Case("Cuckooing", "ASB", victim.Home, tenancy: true, sensitive: true);
            _rows.Party(c, victim, "Tenant", random.Pick(HousingNotes.CuckooedTenant), exact: random.Chance(0.7));
            _rows.Party(c, victim.Exploiter!, "Perpetrator", random.Pick(HousingNotes.CuckooPerpetrator));
            if (members.Where(m => m != victim.Exploiter).ToList() is { Count: > 0 } others && random.Chance(0.5))
            {
                _rows.Party(c, random.Pick(others), "Visitor", random.Pick(HousingNotes.Visitor));
            }

            _rows.Complainant(c, random.Pick(witnesses), random.Pick(HousingNotes.Complainant));
            features.CuckooingCases++;
        }

        Showcase(members);
        for (var i = 0; i < count / 15; i++)
        {
            var atHotspot = random.Chance(0.5);
            var place = atHotspot ? random.Pick(site.Hotspots) : random.Pick(site.Homes);
            var c = Case("ASB", "ASB", place, tenancy: !atHotspot, sensitive: random.Chance(0.5));
            _rows.Party(c, random.Chance(0.6) ? random.Pick(nominals) : random.Pick(residents), "Perpetrator", random.Pick(HousingNotes.Asb));
            if (random.Chance(0.6))
            {
                _rows.Complainant(c, random.Pick(witnesses), random.Pick(HousingNotes.Complainant));
            }
        }

        for (var i = 0; i < count / 30; i++)
        {
            var nominal = random.Pick(nominals);
            _rows.Party(Case("TenancyBreach", "TB", nominal.Home, tenancy: true, sensitive: false), nominal, "Tenant", random.Pick(HousingNotes.TenancyBreach));
        }

        for (var i = 0; i < count / 20; i++)
        {
            var (home, tenant) = random.Pick(tenancies);
            _rows.Party(Case("RentArrears", "RA", home, tenancy: true, sensitive: false, closable: true), tenant, "Tenant", random.Pick(HousingNotes.RentArrears));
        }

        Subletting(tenancies);
        foreach (var (type, prefix) in new[] { ("PropertyDamage", "PD"), ("Abandonment", "AB"), ("IllegalOccupation", "IO") })
        {
            for (var i = 0; i < Math.Max(1, count / 100); i++)
            {
                var (home, tenant) = random.Pick(tenancies);
                var party = type == "IllegalOccupation" ? random.Pick(nominals) : tenant;
                _rows.Party(Case(type, prefix, home, tenancy: true, sensitive: false, closable: true), party, type == "IllegalOccupation" ? "Perpetrator" : "Tenant", random.Pick(HousingNotes.Other));
            }
        }

        foreach (var bad in HousingCsv.BadRows)
        {
            _rows.Rows.Insert(random.Between(0, _rows.Rows.Count), bad);
        }

        return new DemoExport(DemoFiles.Housing with { Rows = _rows.Rows.Count, BadRows = HousingCsv.BadRows.Count }, HousingCsv.Write(_rows.Rows));
    }

    /// <summary>The principals as the council knows them: O'Connor spelt as the police do, Hussain's given name spelt Muhammad.</summary>
    private void Showcase(List<DemoPerson> members)
    {
        var principals = members.Where(m => m.OcgRole == "PrincipalMember").ToList();
        var (oConnor, hussain) = (principals[1], principals[2]);
        _rows.Party(Case("TenancyBreach", "TB", oConnor.Home, tenancy: true, sensitive: false), oConnor, "Tenant", HousingNotes.TenancyBreach[0], exact: true);
        var asb = Case("ASB", "ASB", site.Hotspots[0], tenancy: false, sensitive: true);
        _rows.PartyAs(asb, NameVariants.Alias(hussain.Given) ?? hussain.Given, hussain.Family, hussain.DateOfBirth, "Perpetrator", HousingNotes.Asb[0]);
        features.NameVariants++;
    }

    /// <summary>Subletting: the tenancy file and the household list spell the tenant differently (Mohammed / Muhammad).</summary>
    private void Subletting(List<KeyValuePair<DemoPlace, DemoPerson>> tenancies)
    {
        var withVariants = tenancies.Where(t => NameVariants.HasVariant(t.Value)).ToList();
        for (var i = 0; i < Math.Max(1, site.People.Count / 100); i++)
        {
            var (home, tenant) = random.Pick(withVariants.Count > 0 ? withVariants : tenancies);
            var c = Case("Subletting", "SUB", home, tenancy: true, sensitive: false);
            _rows.Party(c, tenant, "Tenant", "Tenant believed living abroad", exact: true);
            var (given, family) = NameVariants.Vary(tenant, random) ?? (tenant.Given, tenant.Family);
            features.NameVariants++;
            _rows.PartyAs(c, given, family, tenant.DateOfBirth, "Household", "Same person? spelling differs on tenancy file");
        }
    }

    private HousingCase Case(string type, string prefix, DemoPlace place, bool tenancy, bool sensitive, bool closable = false)
    {
        var opened = random.Date(new DateOnly(2022, 1, 4), DemoSpec.ExportDate.AddDays(-3));
        var status = closable && random.Chance(0.4) ? "Closed" : random.Chance(0.3) ? "Escalated" : "Open";
        DateOnly? closed = status == "Closed" ? random.Date(opened, DemoSpec.ExportDate.AddDays(-1)) : null;
        var number = _numbers[prefix] = _numbers.GetValueOrDefault(prefix, random.Between(10, 90)) + random.Between(1, 9);
        var reference = string.Create(CultureInfo.InvariantCulture, $"{prefix}/{opened.Year}/{number:00000}");
        var tenancyRef = tenancy ? string.Create(CultureInfo.InvariantCulture, $"T-{60000 + (int.Parse(place.Uprn[^5..], CultureInfo.InvariantCulture) * 37 % 39000)}") : string.Empty;
        return new HousingCase(
            reference, type, status, opened, closed, tenancyRef, tenancy ? random.Pick(Tenures) : string.Empty, place, random.Chance(0.9),
            sensitive ? "OFFICIAL-SENSITIVE" : "OFFICIAL");
    }
}
