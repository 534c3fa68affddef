using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Reads <c>&lt;Intel&gt;</c> items graded under 3x5x2.</summary>
/// <remarks>
/// <c>@sourceRef</c> is PROTECTED: this reader never touches it, so it cannot reach a record,
/// a rejection or an exception. The text is kept as owner-only.
/// </remarks>
internal static class IntelReader
{
    public static IntelligenceItem? Read(XElement element, string field, RowProblems problems)
    {
        var count = problems.Items.Count;
        var reference = XmlValues.Required(element, "ref", field, problems);
        var recorded = XmlValues.Date(element, "recorded", field, problems, required: true);
        var grading = Grading(element, field, problems);
        var handling = XmlValues.OneOf(element, "handling", field, PoliceVocabulary.Handling, problems);
        var sourceType = XmlValues.OneOf(element, "sourceType", field, PoliceVocabulary.SourceTypes, problems);
        if (problems.Items.Count > count || reference is null || recorded is null || grading is null || handling is null
            || sourceType is null)
        {
            return null;
        }

        var text = element.Value.Trim();
        return new IntelligenceItem(
            reference,
            recorded.Value,
            grading.Value.Evaluation,
            grading.Value.Assessment,
            handling == "P" ? HandlingCode.P : HandlingCode.C,
            SourceType(sourceType))
        {
            Text = text.Length == 0 ? null : MarkedText.OwnerOnly(text),
        };
    }

    private static (int Evaluation, char Assessment)? Grading(XElement element, string field, RowProblems problems)
    {
        var raw = XmlValues.Required(element, "grading", field, problems)?.ToUpperInvariant();
        if (raw is null)
        {
            return null;
        }

        if (raw.Length == 2 && raw[0] is >= '1' and <= '3' && raw[1] is >= 'A' and <= 'E')
        {
            return (raw[0] - '0', raw[1]);
        }

        problems.Add($"{field}@grading", "must be a source evaluation 1-3 then an assessment A-E, such as 2A");
        return null;
    }

    private static IntelligenceSourceType SourceType(string sourceType) => sourceType switch
    {
        "Officer" => IntelligenceSourceType.Officer,
        "Partner" => IntelligenceSourceType.Partner,
        "Public" => IntelligenceSourceType.Public,
        "CHIS" => IntelligenceSourceType.Chis,
        _ => IntelligenceSourceType.Covert,
    };
}
