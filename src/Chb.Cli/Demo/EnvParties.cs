namespace Chb.Cli.Demo;

/// <summary>Chooses who is party to an environmental case, and writes them the council's way.</summary>
internal sealed class EnvParties(DemoSite site, DemoRandom random, DemoFeatures features)
{
    private readonly IReadOnlyList<DemoPerson> _nominals = site.Nominals;
    private readonly IReadOnlyList<DemoPerson> _drivers = [.. site.Nominals.Where(n => n.Vehicles.Count > 0)];
    private readonly IReadOnlyList<DemoPerson> _residents = [.. site.OfKind(PersonKind.Resident)];
    private readonly IReadOnlyList<DemoPerson> _witnesses = [.. site.OfKind(PersonKind.Witness)];
    private readonly IReadOnlyList<DemoPerson> _landlords = [.. site.OfKind(PersonKind.Landlord)];

    public IReadOnlyList<EnvParty> For(string service, DemoPlace place)
    {
        var parties = new List<EnvParty>();
        switch (service)
        {
            case "FlyTipping":
                parties.Add(Person("Suspect", random.Chance(0.6) ? random.Pick(_nominals) : random.Pick(_residents), withDob: random.Chance(0.7)));
                if (random.Chance(0.5))
                {
                    parties.Add(new EnvParty("Driver", Vrm: AsTyped(Vehicle())));
                }

                Reporter(parties, 0.6);
                break;
            case "Noise":
                parties.Add(Person("Occupier", site.Tenants.GetValueOrDefault(place) ?? random.Pick(_residents), withDob: false));
                Reporter(parties, 0.8);
                break;
            case "WasteCarrier":
                var driver = _drivers.Count > 0 ? random.Pick(_drivers) : random.Pick(_nominals);
                parties.Add(Person("Driver", driver, withDob: true) with { Vrm = AsTyped(driver.Vehicles.Count > 0 ? driver.Vehicles[0].Vrm : Vehicle()) });
                break;
            case "HMOLicensing":
                parties.Add(Landlord("Owner"));
                var first = random.Pick(_residents);
                parties.Add(Person("Occupier", first, withDob: true));
                if (random.Pick(_nominals) is var second && random.Chance(0.5))
                {
                    parties.Add(Person("Occupier", second, withDob: true));
                }

                break;
            case "PremisesLicensing":
                var associates = _nominals.Where(n => n.OcgRole == "Associate").ToList();
                parties.Add(Person("Licensee", associates.Count > 0 ? random.Pick(associates) : random.Pick(_nominals), withDob: true));
                Reporter(parties, 0.4);
                break;
            case "AbandonedVehicle":
                parties.Add(new EnvParty("Owner", Vrm: AsTyped(Vehicle())));
                break;
            case "Scrapyard" or "FoodHygiene":
                parties.Add(Landlord("Owner"));
                break;
            case "Graffiti":
                if (random.Chance(0.4))
                {
                    parties.Add(Person("Suspect", random.Pick(_residents), withDob: false));
                }

                Reporter(parties, 0.5);
                break;
            default:
                parties.Add(Person("Occupier", site.Tenants.GetValueOrDefault(place) ?? random.Pick(_residents), withDob: false));
                break;
        }

        return parties;
    }

    private EnvParty Person(string role, DemoPerson person, bool withDob)
    {
        var (given, family, dob) = Appearance.Of(person, random, features);
        return new EnvParty(role, given, family, withDob ? dob : null);
    }

    private EnvParty Landlord(string role)
    {
        var landlord = random.Pick(_landlords);
        return new EnvParty(role, landlord.Given, landlord.Family, CompanyNumber: landlord.CompanyNumber);
    }

    /// <summary>A reporter: name and phone in the export, PROTECTED, never to reach the hub.</summary>
    private void Reporter(List<EnvParty> parties, double chance)
    {
        if (random.Chance(chance))
        {
            var witness = random.Pick(_witnesses);
            parties.Add(new EnvParty("Reporter", witness.Given, witness.Family, Phone: witness.Phone));
            features.ReporterParties++;
        }
    }

    private string Vehicle() => random.Chance(0.6) && _drivers.Count > 0 ? random.Pick(_drivers).Vehicles[0].Vrm : NominalIdentifiers.Vrm(random);

    /// <summary>Marks as typed by staff: "YX19 ABC", "yx19abc" or as the police hold them.</summary>
    private string AsTyped(string vrm) => random.Between(0, 2) switch
    {
        0 => $"{vrm[..4]} {vrm[4..]}",
        1 => vrm.ToLowerInvariant(),
        _ => vrm,
    };
}
