using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chb.Hub.Tactics;

/// <summary>Turns a JSON reader error into a problem naming the tactic (by id when it can be read) and the field.</summary>
internal static partial class CatalogueJsonErrors
{
    public static TacticCatalogueProblem Describe(string json, JsonException ex)
    {
        var path = ex.Path ?? "$";
        var match = TacticPath().Match(path);
        if (!match.Success)
        {
            return new TacticCatalogueProblem(null, path, ex.Message);
        }

        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        var field = match.Groups["field"].Value.TrimStart('.');
        return new TacticCatalogueProblem(IdAt(json, index) ?? $"tactics[{index}]", field.Length == 0 ? path : field, ex.Message);
    }

    private static string? IdAt(string json, int index)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("tactics", out var tactics)
                && tactics.ValueKind == JsonValueKind.Array && index < tactics.GetArrayLength()
                && tactics[index].ValueKind == JsonValueKind.Object
                && tactics[index].TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("^\\$\\.tactics\\[(?<index>[0-9]+)\\](?<field>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TacticPath();
}
