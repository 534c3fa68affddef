using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>Facts from a case's offence code and outcome; the code itself is the only detail kept.</summary>
internal static class OffenceCodeFacts
{
    private static readonly (string Prefix, string Fact)[] Prefixes =
    [
        ("LA2003-s146", FactNames.UnderageSales),
        ("LA2003-s147", FactNames.UnderageSales),
        ("TMA1994", FactNames.CounterfeitGoods),
        ("IANA2006", FactNames.IllegalWorking),
        ("IA2016", FactNames.IllegalWorking),
    ];

    public static void Add(FactSink sink, CaseDetails details, DateOnly? on)
    {
        if (string.Equals(details.Outcome, "Closure", StringComparison.Ordinal))
        {
            sink.Locations(LocationRelation.Subject, FactNames.ClosureOrder, on, details.CaseType);
        }

        if (string.IsNullOrWhiteSpace(details.OffenceCode))
        {
            return;
        }

        var code = details.OffenceCode.Trim();
        sink.Locations(LocationRelation.Subject, FactNames.OffenceReported, on, code);
        foreach (var (prefix, fact) in Prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                sink.Locations(LocationRelation.Subject, fact, on, code);
            }
        }
    }
}
