using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>
/// Facts from an enforcement or licensing case (<c>env-enforcement-jsonl/1</c> services), its offence code and
/// its outcome. A vehicle used in a waste offence attaches to the party that carries it, or else to the case's
/// suspects, drivers and owners.
/// </summary>
internal static class EnforcementCaseFacts
{
    private static readonly PartyRole[] Offenders = [PartyRole.Suspect, PartyRole.Driver];
    private static readonly PartyRole[] Carriers = [PartyRole.Suspect, PartyRole.Driver, PartyRole.Owner];
    private static readonly PartyRole[] Suspects = [PartyRole.Suspect];
    private static readonly PartyRole[] Licensees = [PartyRole.Licensee];
    private static readonly PartyRole[] ScrapHolders = [PartyRole.Owner, PartyRole.Licensee];

    public static void Add(FactSink sink, CaseDetails details, DateOnly today)
    {
        var on = CaseDates.OpenedOn(details);
        var live = CaseDates.IsLive(details, today);
        var type = details.CaseType;
        switch (type)
        {
            case "FlyTipping":
                sink.Locations(LocationRelation.Subject, FactNames.FlyTipSite, on, type);
                if (live)
                {
                    sink.PersonsIn(Offenders, FactNames.FlyTippingSuspect, on, type);
                    AddOffenceVehicles(sink, FactNames.FlyTippingVehicle, on);
                }

                break;
            case "WasteCarrier" when live:
                sink.PersonsIn(Carriers, FactNames.WasteCarrierUnregistered, on, type);
                AddOffenceVehicles(sink, FactNames.WasteCarrierVehicle, on);
                break;
            case "Noise" or "Graffiti":
                sink.PersonsIn(Suspects, FactNames.AsbPerpetrator, on, type);
                sink.Locations(LocationRelation.Subject, FactNames.AsbReported, on, type);
                if (live && type == "Noise")
                {
                    sink.Locations(LocationRelation.Subject, FactNames.StatutoryNuisance, on, type);
                }

                break;
            case "HMOLicensing" when live:
                sink.Locations(LocationRelation.Subject, FactNames.UnlicensedHmo, on, type);
                break;
            case "PremisesLicensing":
                sink.Locations(LocationRelation.Subject, FactNames.LicensedPremises, on, type);
                sink.PersonsIn(Licensees, FactNames.PremisesLicensee, on, type);
                break;
            case "AbandonedVehicle" when live:
                sink.Locations(LocationRelation.Subject, FactNames.AbandonedVehicle, on, type);
                break;
            case "Scrapyard":
                sink.PersonsIn(ScrapHolders, FactNames.ScrapDealer, on, type);
                break;
            default:
                break;
        }

        AddBusinesses(sink, type, on);
        OffenceCodeFacts.Add(sink, details, on);
    }

    private static void AddOffenceVehicles(FactSink sink, string fact, DateOnly? on)
    {
        var record = sink.Record;
        for (var i = 0; i < record.Parties.Count; i++)
        {
            if (record.Parties[i].Vrm is not { } vrm)
            {
                continue;
            }

            // A vehicle belongs to the party that carries it; a nameless driver's or owner's vehicle to the case's
            // suspects, drivers and owners. A victim's or witness's vehicle implicates nobody.
            if (record.Parties[i].Person is null)
            {
                sink.PersonsIn(Carriers, fact, on, vrm);
            }
            else if (Carriers.Contains(record.Parties[i].Role))
            {
                sink.Person(i, fact, on, vrm);
            }
        }
    }

    private static void AddBusinesses(FactSink sink, string type, DateOnly? on)
    {
        for (var i = 0; i < sink.Record.Parties.Count; i++)
        {
            if (sink.Record.Parties[i].CompanyNumber is not null)
            {
                sink.Person(i, FactNames.BusinessLinked, on, type);
            }
        }
    }
}
