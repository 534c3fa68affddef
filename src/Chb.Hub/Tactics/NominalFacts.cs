using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>
/// Facts from a police nominal: markers (expired ones give no live fact), OCG membership and vehicles attach to
/// the nominal's person; an OCG member's addresses become OCG-linked places. Intelligence is never read.
/// </summary>
internal static class NominalFacts
{
    private static readonly PartyRole[] Subjects = [PartyRole.Nominal];

    public static void Add(FactSink sink, DateOnly today)
    {
        var record = sink.Record;
        foreach (var marker in record.Markers)
        {
            AddMarker(sink, marker, today);
        }

        foreach (var membership in record.OcgMemberships)
        {
            sink.PersonsIn(Subjects, FactNames.OcgMember, null, membership.Role);
            if (membership.Role is "PrincipalMember" or "SignificantMember")
            {
                sink.PersonsIn(Subjects, FactNames.OcgPrincipal, null, membership.Role);
            }
        }

        foreach (var vehicle in record.Vehicles)
        {
            VehicleFacts.AddTo(sink, Subjects, vehicle.Vrm, vehicle.Status);
        }

        if (record.OcgMemberships.Count > 0)
        {
            sink.Locations(LocationRelation.Residence, FactNames.OcgNominalAddress, null);
        }
    }

    private static void AddMarker(FactSink sink, Marker marker, DateOnly today)
    {
        // Orders made only on conviction prove a conviction whether or not the order has since lapsed.
        if (marker is { Kind: MarkerKind.CivilOrder, Code: "CBO" or "SHPO" } or { Kind: MarkerKind.Warrant, Code: "Commitment" })
        {
            sink.PersonsIn(Subjects, FactNames.Convicted, marker.IssuedOn, marker.Code);
        }

        if (marker.ExpiresOn is { } expires && expires < today)
        {
            return;
        }

        var fact = marker switch
        {
            { Kind: MarkerKind.Warrant, Code: "Arrest" or "Commitment" } => FactNames.WarrantOutstanding,
            { Kind: MarkerKind.Bail } => FactNames.OnBail,
            { Kind: MarkerKind.CivilOrder } => FactNames.CivilOrderInForce,
            { Kind: MarkerKind.Warning, Code: "WEAPONS" } => FactNames.WeaponsWarning,
            _ => null,
        };
        if (fact is not null)
        {
            sink.PersonsIn(Subjects, fact, marker.IssuedOn, marker.Code);
        }
    }
}
