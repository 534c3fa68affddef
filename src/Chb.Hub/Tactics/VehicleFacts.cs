using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>Vehicle-derived facts: a VRM and its status attach to people, with the VRM as the only detail.</summary>
internal static class VehicleFacts
{
    /// <summary>Adds the facts of one vehicle to every person party in <paramref name="roles"/>.</summary>
    public static void AddTo(FactSink sink, ReadOnlySpan<PartyRole> roles, string vrm, string? status)
    {
        sink.PersonsIn(roles, FactNames.VehicleLinked, null, vrm);
        if (StatusFact(status) is { } fact)
        {
            sink.PersonsIn(roles, fact, null, vrm);
        }
    }

    /// <summary>Adds the facts of each party's own VRM to that party, with the status the record gives for it.</summary>
    public static void AddPartyVrms(FactSink sink)
    {
        var record = sink.Record;
        for (var i = 0; i < record.Parties.Count; i++)
        {
            if (record.Parties[i].Vrm is not { } vrm)
            {
                continue;
            }

            sink.Person(i, FactNames.VehicleLinked, null, vrm);
            var status = record.Vehicles.FirstOrDefault(v => string.Equals(v.Vrm, vrm, StringComparison.Ordinal))?.Status;
            if (StatusFact(status) is { } fact)
            {
                sink.Person(i, fact, null, vrm);
            }
        }
    }

    private static string? StatusFact(string? status) => status switch
    {
        "NoInsurance" => FactNames.VehicleUninsured,
        "NoTax" => FactNames.VehicleUntaxed,
        _ => null,
    };
}
