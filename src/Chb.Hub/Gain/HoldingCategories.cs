using Chb.Adapters;

namespace Chb.Hub.GainCoordination;

/// <summary>
/// The kinds of holding GAIN coordinators are told of: the agency's kind and the kind of record, nothing finer. A case
/// type (cuckooing, ASB) would already be content, and intelligence is never a kind of its own: it sits inside the
/// police nominal record that carries it, so a holding can never reveal that a protected source exists.
/// </summary>
internal static class HoldingCategories
{
    public static string Of(AgencyKind agency, RecordKind record)
    {
        var who = agency switch
        {
            AgencyKind.Police => "police",
            AgencyKind.Housing => "housing",
            AgencyKind.EnvironmentalServices => "environmental",
            AgencyKind.Licensing => "licensing",
            AgencyKind.TradingStandards => "trading standards",
            AgencyKind.Vehicles => "vehicle",
            AgencyKind.National => "national agency",
            AgencyKind.Fire => "fire and rescue",
            _ => "partner",
        };
        return record switch
        {
            RecordKind.Nominal => $"{who} nominal",
            RecordKind.Ocg => $"{who} OCG record",
            _ => $"{who} case",
        };
    }
}
