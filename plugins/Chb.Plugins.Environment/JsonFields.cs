using System.Text.Json;

namespace Chb.Plugins.Environment;

/// <summary>Typed reads of optional properties; a wrong JSON type is a problem, null counts as absent.</summary>
internal static class JsonFields
{
    public static bool Has(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public static string? OptionalString(JsonElement obj, string name, string field, RowProblems problems)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(field, $"{field} must be a string");
            return null;
        }

        var text = value.GetString()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static string RequiredString(JsonElement obj, string name, string field, RowProblems problems)
    {
        var before = problems.Count;
        var text = OptionalString(obj, name, field, problems);
        if (text is null && problems.Count == before)
        {
            problems.Add(field, $"{field} is required");
        }

        return text ?? string.Empty;
    }

    /// <summary>Reads a string, or the literal text of a number, for identifiers partners write either way.</summary>
    public static string? OptionalText(JsonElement obj, string name, string field, RowProblems problems)
        => TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : OptionalString(obj, name, field, problems);

    public static int? OptionalInt(JsonElement obj, string name, string field, RowProblems problems)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(field, $"{field} must be a whole number");
        return null;
    }

    public static JsonElement? OptionalObject(JsonElement obj, string name, string field, RowProblems problems)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        problems.Add(field, $"{field} must be an object");
        return null;
    }

    private static bool TryGet(JsonElement obj, string name, out JsonElement value)
        => obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
}
