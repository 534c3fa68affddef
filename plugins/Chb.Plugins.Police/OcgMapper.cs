using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Maps one <c>&lt;Ocg ref name morileScore lroId/&gt;</c> element.</summary>
internal static class OcgMapper
{
    public static AdapterRow Map(XElement ocg, long row)
    {
        var problems = new RowProblems();
        var reference = XmlValues.Required(ocg, "ref", "Ocg", problems);
        var name = XmlValues.Required(ocg, "name", "Ocg", problems);
        var score = MorileScore(ocg, problems);
        if (problems.Any || reference is null || name is null)
        {
            return problems.Reject(row);
        }

        return AdapterRow.Accept(row, new CanonicalRecord
        {
            PartnerReference = $"OCG:{reference}",
            Kind = RecordKind.Ocg,
            Ocg = new OcgDetails(reference, name)
            {
                MorileScore = score,
                LroId = XmlValues.Optional(ocg, "lroId"),
            },
        });
    }

    private static int? MorileScore(XElement ocg, RowProblems problems)
    {
        var raw = XmlValues.Optional(ocg, "morileScore");
        if (raw is null)
        {
            return null;
        }

        var score = XmlValues.NonNegativeInt(raw);
        if (score is null)
        {
            problems.Add("Ocg@morileScore", "must be a whole number of 0 or more");
        }

        return score;
    }
}
