using System.Globalization;

namespace Chb.Cli.Demo;

/// <summary>Populates the site: residents and tenants, three groups, other offenders, cuckooing victims, witnesses, landlords.</summary>
internal static class DemoPeopleBuilder
{
    private static readonly IReadOnlyList<(string Item, int Weight)> VehicleStatuses =
        [("NoInsurance", 35), ("Ok", 35), ("NoTax", 15), ("NoMOT", 10), ("Stolen", 5)];

    public static void Build(DemoSite site, int count, DemoRandom random)
    {
        var perGroup = Math.Max(4, count / 25);
        var offenders = Math.Max(4, count / 12);
        var vulnerable = Math.Max(2, count / 60);
        var witnesses = Math.Max(6, count / 12);
        var landlords = Math.Max(2, count / 100);
        var residents = count - (perGroup * DemoSite.Groups.Count) - offenders - vulnerable - witnesses - landlords;

        for (var i = 0; i < residents; i++)
        {
            var home = i < site.Homes.Count ? site.Homes[i] : random.Pick(site.Homes);
            site.Tenants.TryAdd(home, Add(site, Person(PersonKind.Resident, home, random, 1950, 2004, maleShare: 0.5)));
        }

        var flats = site.Homes.Where(h => h.Kind == PlaceKind.Flat).ToList();
        var victims = new List<DemoPerson>();
        for (var i = 0; i < vulnerable; i++)
        {
            var home = i < flats.Count ? flats[i] : site.Homes[^(i + 1)];
            victims.Add(site.Tenants[home] = Add(site, Person(PersonKind.Vulnerable, home, random, 1938, 1965, maleShare: 0.4)));
        }

        var members = new List<DemoPerson>();
        for (var g = 0; g < DemoSite.Groups.Count; g++)
        {
            for (var k = 0; k < perGroup; k++)
            {
                var role = k == 0 ? "PrincipalMember" : k <= 2 ? "SignificantMember" : random.Chance(0.7) ? "Member" : "Associate";
                var person = Person(PersonKind.OcgMember, random.Pick(site.Homes), random, k == 0 ? 1980 : 1984, k == 0 ? 1992 : 2005, 0.85, DemoSite.Groups[g], role);
                members.Add(Add(site, k == 0 ? Named(person, NamePools.Principals[g]) : person));
            }
        }

        for (var i = 0; i < offenders; i++)
        {
            Add(site, Person(PersonKind.Offender, random.Pick(site.Homes), random, 1965, 2005, maleShare: 0.75));
        }

        for (var i = 0; i < witnesses; i++)
        {
            var person = Person(PersonKind.Witness, random.Pick(site.Homes), random, 1945, 2000, maleShare: 0.5);
            Add(site, new DemoPerson
            {
                Given = person.Given, Family = random.Pick(NamePools.WitnessFamilies), DateOfBirth = person.DateOfBirth, Home = person.Home,
                Kind = PersonKind.Witness, Phone = "07700 900" + random.Digits(3),
            });
        }

        for (var i = 0; i < landlords; i++)
        {
            var person = Person(PersonKind.Landlord, random.Pick(site.Homes), random, 1955, 1985, maleShare: 0.6);
            Add(site, new DemoPerson
            {
                Given = person.Given, Family = person.Family, DateOfBirth = person.DateOfBirth, Home = person.Home, Kind = PersonKind.Landlord,
                CompanyNumber = string.Create(CultureInfo.InvariantCulture, $"0{random.Digits(7)}"),
            });
        }

        // The first group's principal has taken over the first victim's flat; the others are anyone's.
        for (var i = 0; i < victims.Count; i++)
        {
            victims[i].Exploiter = i == 0 ? members[0] : random.Pick(members);
        }

        IdentifyNominals(site, random);
    }

    private static void IdentifyNominals(DemoSite site, DemoRandom random)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var nominals = site.Nominals;
        var principal = nominals.First(n => n.Kind == PersonKind.OcgMember);
        foreach (var nominal in nominals)
        {
            nominal.PncId = NominalIdentifiers.Pnc(nominal.DateOfBirth, random, used);
            nominal.CroNumber = random.Chance(0.4) ? NominalIdentifiers.Cro(nominal.DateOfBirth, random) : null;
            var first = ReferenceEquals(nominal, principal);
            if (first || random.Chance(nominal.Kind == PersonKind.OcgMember ? 0.4 : 0.15))
            {
                var status = first ? "NoInsurance" : random.PickWeighted(VehicleStatuses);
                nominal.Vehicles.Add(new DemoVehicle(NominalIdentifiers.Vrm(random), status));
            }
        }
    }

    private static DemoPerson Person(
        PersonKind kind, DemoPlace home, DemoRandom random, int bornFrom, int bornTo, double maleShare, DemoOcg? ocg = null, string? role = null)
    {
        var group = random.PickWeighted(NamePools.Groups);
        var given = random.Chance(maleShare) ? random.Pick(group.Male) : random.Pick(group.Female);
        var born = random.Date(new DateOnly(bornFrom, 1, 1), new DateOnly(bornTo, 12, 31));
        return new DemoPerson { Given = given, Family = random.Pick(group.Families), DateOfBirth = born, Home = home, Kind = kind, Ocg = ocg, OcgRole = role };
    }

    private static DemoPerson Named(DemoPerson person, (string Given, string Family) name) => new()
    {
        Given = name.Given, Family = name.Family, DateOfBirth = person.DateOfBirth, Home = person.Home, Kind = person.Kind, Ocg = person.Ocg,
        OcgRole = person.OcgRole,
    };

    private static DemoPerson Add(DemoSite site, DemoPerson person)
    {
        site.People.Add(person);
        return person;
    }
}
