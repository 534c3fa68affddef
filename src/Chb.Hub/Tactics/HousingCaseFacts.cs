using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>
/// Facts from a housing case (<c>housing-cases-csv/1</c> case types). In a cuckooing case the tenant arrives as a
/// <see cref="PartyRole.Victim"/>: victims get safeguarding facts only, never breach or possession facts.
/// </summary>
internal static class HousingCaseFacts
{
    public static readonly string[] CaseTypes =
        ["ASB", "TenancyBreach", "RentArrears", "Subletting", "Abandonment", "PropertyDamage", "Cuckooing", "IllegalOccupation"];

    private static readonly PartyRole[] Tenants = [PartyRole.Tenant, PartyRole.JointTenant];
    private static readonly PartyRole[] TenantsAndVictims = [PartyRole.Tenant, PartyRole.JointTenant, PartyRole.Victim];
    private static readonly PartyRole[] Perpetrators = [PartyRole.Perpetrator];
    private static readonly PartyRole[] Victims = [PartyRole.Victim];

    public static void Add(FactSink sink, CaseDetails details, AgencyKind agency, DateOnly today)
    {
        var on = CaseDates.OpenedOn(details);
        var live = CaseDates.IsLive(details, today);
        AddTenancy(sink, details, agency, on);
        switch (details.CaseType)
        {
            case "ASB":
                sink.PersonsIn(Perpetrators, FactNames.AsbPerpetrator, on, details.CaseType);
                sink.Locations(LocationRelation.Subject, FactNames.AsbReported, on, details.CaseType);
                break;
            case "Cuckooing":
                sink.PersonsIn(Victims, FactNames.CuckooingVictim, on, details.CaseType);
                sink.PersonsIn(Perpetrators, FactNames.CuckooingPerpetrator, on, details.CaseType);
                sink.PersonsIn(Perpetrators, FactNames.AsbPerpetrator, on, details.CaseType);
                sink.Locations(LocationRelation.Subject, FactNames.AsbReported, on, details.CaseType);
                if (live)
                {
                    sink.Locations(LocationRelation.Subject, FactNames.CuckooingAddress, on, details.CaseType);
                }

                break;
            case "TenancyBreach" or "PropertyDamage" when live:
                sink.PersonsIn(Tenants, FactNames.TenantInBreach, on, details.CaseType);
                break;
            case "RentArrears" when live:
                sink.PersonsIn(Tenants, FactNames.RentArrears, on, details.CaseType);
                break;
            case "Subletting" when live:
                sink.PersonsIn(Tenants, FactNames.SublettingSuspected, on, details.CaseType);
                break;
            default:
                break;
        }
    }

    private static void AddTenancy(FactSink sink, CaseDetails details, AgencyKind agency, DateOnly? on)
    {
        // Only a housing agency (a council or social landlord) holds social tenancies; a licence is not a tenancy.
        if (agency != AgencyKind.Housing || details.Tenancy is not { } tenancy || tenancy.Tenure is "Licence")
        {
            return;
        }

        sink.PersonsIn(TenantsAndVictims, FactNames.SocialTenant, on, tenancy.Tenure);
        sink.Locations(LocationRelation.Subject, FactNames.SocialTenancy, on, tenancy.Tenure);
        if (tenancy.Tenure is "AssuredShorthold")
        {
            sink.PersonsIn(TenantsAndVictims, FactNames.AssuredShortholdTenant, on, tenancy.Tenure);
        }
    }
}
