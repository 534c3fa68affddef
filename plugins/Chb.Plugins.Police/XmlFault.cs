using System.Text.RegularExpressions;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Turns a parser fault into the one closing rejection of an export.</summary>
/// <remarks>
/// The parser quotes the tokens it choked on, and those can be attribute values (a PROTECTED
/// <c>sourceRef</c> among them), so every quoted token that is not a name from this format is blanked.
/// </remarks>
internal static partial class XmlFault
{
    private static readonly HashSet<string> FormatNames = new(StringComparer.Ordinal)
    {
        "Export", "Ocg", "Nominal", "Name", "DateOfBirth", "Address", "OcgMembership", "Warning", "Warrant", "Bail",
        "CivilOrder", "Vehicle", "Intel", "force", "generated", "ref", "name", "morileScore", "lroId", "pncId",
        "croNumber", "family", "given", "primary", "uprn", "postcode", "from", "ocgRef", "role", "code", "type",
        "issued", "court", "conditions", "expires", "vrm", "status", "recorded", "grading", "handling", "sourceType",
        "sourceRef",
    };

    public static AdapterRow Reject(ExportNode node)
    {
        var message = node.Fault is null ? "unknown fault" : Redact(node.Fault.Message);
        return AdapterRow.Reject(node.Line, "xml", $"the export is not well-formed XML: {message}");
    }

    internal static string Redact(string message)
        => Quoted().Replace(message, m => Keep(m.Groups[1].Value) ? m.Value : "'…'");

    private static bool Keep(string token)
        => FormatNames.Contains(token) || token.All(c => !char.IsLetterOrDigit(c));

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
