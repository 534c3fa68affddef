using Chb.Contracts.V1;

namespace Chb.Hub.FunctionalTests.Linking;

/// <summary>
/// Canonical records equivalent to the three partner samples (housing cases, police nominals, environmental
/// enforcement): the same people and places written the way each partner writes them.
/// </summary>
public static class PartnerRecords
{
    public const string KenmoreFlat = "100051000001";
    public const string KenmoreGarages = "100051000999";
    public const string Laisteridge = "100051000777";
    public static readonly string KhanPnc = Chb.Adapters.PoliceIdentifiers.FormatPnc(1, 123456);
    public static readonly string HussainPnc = Chb.Adapters.PoliceIdentifiers.FormatPnc(10, 777);

    public static RecordEnvelope[] Housing() =>
    [
        Case(1, "ASB/2024/00123", "Cuckooing",
            [Person(PartyRole.Tenant, "Doreen", "Walsh", "1958-05-17"), Person(PartyRole.Perpetrator, "Imran", "Khan", "1990-11-02")],
            Place(LocationRelation.Subject, "Flat 3 Kenmore House, Kenmore Road, Bradford", "BD3 8QX", KenmoreFlat)),
        Case(2, "SUB/2024/00007", "Subletting",
            [Person(PartyRole.Tenant, "Mohammed", "Hussain", "1985-04-01"), Person(PartyRole.Household, "Muhammad", "Hussain", "1985-04-01")],
            Place(LocationRelation.Subject, "14 Leeds Old Road, Bradford", "BD3 8HU", null)),
        Case(3, "TB/2024/00045", "TenancyBreach",
            [Person(PartyRole.Tenant, "Sean-Paul", "O'Connor", "1988-01-30")],
            Place(LocationRelation.Subject, "27 Laisteridge Lane, Bradford", "BD3 9AB", Laisteridge)),
        Case(4, "ASB/2024/00150", "ASB",
            [Person(PartyRole.Perpetrator, "Dean", "Holt", "1991-07-14")],
            Place(LocationRelation.Subject, "Garages rear of Kenmore Road, Bradford", "BD3 8QY", KenmoreGarages)),
    ];

    public static RecordEnvelope[] Police() =>
    [
        Nominal(1, "WYP-N-0001", Person(PartyRole.Nominal, "Imran", "Khan", "1990-11-02", KhanPnc),
            Place(LocationRelation.Residence, "Flat 3 Kenmore House, Kenmore Road, Bradford", "BD3 8QX", KenmoreFlat), "YX19ABC"),
        Nominal(2, "WYP-N-0002", Person(PartyRole.Nominal, "Mohamed", "HUSSAIN", "1985-04-01", HussainPnc), null, null),
        Nominal(3, "WYP-N-0003", Person(PartyRole.Nominal, "Dean", "Holt", "1991-07-14"),
            Place(LocationRelation.Residence, "Kenmore Road, Bradford", "BD3 8QY", null), null),
    ];

    public static RecordEnvelope[] Environment() =>
    [
        Case(1, "HMO-2023-0112", "HMOLicensing",
            [Person(PartyRole.Occupier, "Sean Paul", "OConnor", "1988-01-30")],
            Place(LocationRelation.Subject, "27 Laisteridge Lane, Bradford", "BD3 9AB", Laisteridge)),
        Case(2, "FT-2024-0457", "FlyTipping",
            [Person(PartyRole.Suspect, "Dean", "Holt", "1991-07-14")],
            Place(LocationRelation.Subject, "Garages rear of Kenmore Road, Bradford", "BD3 8QY", KenmoreGarages, 417250, 433650)),
        Case(3, "AV-2024-0201", "AbandonedVehicle",
            [new Party { Role = PartyRole.Owner, Vrm = "YT15XYZ" }],
            Place(LocationRelation.Subject, "Flat 3 Kenmore Ho, BD38QX", null, null)),
    ];

    public static Party Person(PartyRole role, string given, string family, string? dob, string? pnc = null)
    {
        var person = new PersonDetails { Names = { new PersonName { Given = given, Family = family, IsPrimary = true } } };
        person.DateOfBirth = dob ?? string.Empty;
        person.PncId = pnc ?? string.Empty;
        return new Party { Role = role, Person = person };
    }

    public static LocationReference Place(LocationRelation relation, string address, string? postcode, string? uprn, int? easting = null, int? northing = null)
        => new()
        {
            Relation = relation, Address = address, Postcode = postcode ?? string.Empty, Uprn = uprn ?? string.Empty,
            Easting = easting ?? 0, Northing = northing ?? 0, HasGridReference = easting is not null,
        };

    public static RecordEnvelope Case(long row, string reference, string type, Party[] parties, LocationReference place)
    {
        var record = new CanonicalRecord { Kind = RecordKind.Case, Case = new CaseDetails { Reference = reference, CaseType = type, Status = "Open" } };
        record.Parties.AddRange(parties);
        record.Locations.Add(place);
        return new RecordEnvelope { Row = row, PartnerReference = reference, Record = record };
    }

    public static RecordEnvelope Nominal(long row, string reference, Party person, LocationReference? residence, string? vrm)
    {
        var record = new CanonicalRecord { Kind = RecordKind.Nominal, Parties = { person } };
        if (residence is not null)
        {
            record.Locations.Add(residence);
        }

        if (vrm is not null)
        {
            record.Vehicles.Add(new VehicleReference { Vrm = vrm, Status = "NoInsurance" });
        }

        return new RecordEnvelope { Row = row, PartnerReference = reference, Record = record };
    }
}
