using System.Globalization;
using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Reads and checks attribute values; problems name the field and never quote the value.</summary>
internal static class XmlValues
{
    /// <summary>Gets an attribute's trimmed value, or null when it is missing or blank.</summary>
    public static string? Optional(XElement element, string attribute)
    {
        var value = element.Attribute(attribute)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? Required(XElement element, string attribute, string field, RowProblems problems)
    {
        var value = Optional(element, attribute);
        if (value is null)
        {
            problems.Add($"{field}@{attribute}", "is required");
        }

        return value;
    }

    public static DateOnly? Date(XElement element, string attribute, string field, RowProblems problems, bool required = false)
    {
        var value = required ? Required(element, attribute, field, problems) : Optional(element, attribute);
        if (value is null)
        {
            return null;
        }

        if (UkDates.TryParseIso(value, out var date))
        {
            return date;
        }

        problems.Add($"{field}@{attribute}", "must be an ISO date (yyyy-MM-dd)");
        return null;
    }

    /// <summary>Matches a value against a closed list, ignoring case, and returns the list's spelling.</summary>
    public static string? OneOf(
        XElement element, string attribute, string field, IReadOnlyList<string> allowed, RowProblems problems, bool required = true)
    {
        var value = required ? Required(element, attribute, field, problems) : Optional(element, attribute);
        if (value is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            problems.Add($"{field}@{attribute}", $"must be one of {string.Join(", ", allowed)}");
        }

        return match;
    }

    public static bool IsDigits(string value, int maxLength)
        => value.Length <= maxLength && value.All(char.IsAsciiDigit);

    public static int? NonNegativeInt(string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
