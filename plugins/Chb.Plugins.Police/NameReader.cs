using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Reads <c>&lt;Name family given primary/&gt;</c> elements and orders them primary first.</summary>
/// <remarks>Names are kept exactly as the force holds them (diacritics, apostrophes), only trimmed.</remarks>
internal static class NameReader
{
    public static (PersonName Name, bool MarkedPrimary)? Read(XElement element, string field, RowProblems problems)
    {
        var family = element.Attribute("family")?.Value.Trim() ?? string.Empty;
        var given = element.Attribute("given")?.Value.Trim() ?? string.Empty;
        var primary = Primary(element, field, problems);
        if (family.Length == 0 && given.Length == 0)
        {
            problems.Add(field, "needs a family or given name");
            return null;
        }

        return (new PersonName(family, given), primary);
    }

    /// <summary>Puts the primary name first (the first name when none is marked) and the aliases after it.</summary>
    public static IReadOnlyList<PersonName> Order(IReadOnlyList<(PersonName Name, bool MarkedPrimary)> names, RowProblems problems)
    {
        if (!names.Any(n => n.Name.Family.Length > 0))
        {
            problems.Add("Name", "at least one Name with a family name is required");
            return [];
        }

        var marked = names.Count(n => n.MarkedPrimary);
        if (marked > 1)
        {
            problems.Add("Name@primary", "only one Name may be primary");
        }

        var primaryIndex = marked == 0 ? 0 : names.ToList().FindIndex(n => n.MarkedPrimary);
        var ordered = new List<PersonName>(names.Count) { names[primaryIndex].Name with { IsPrimary = true } };
        ordered.AddRange(names.Where((_, i) => i != primaryIndex).Select(n => n.Name with { IsPrimary = false }));
        return ordered;
    }

    private static bool Primary(XElement element, string field, RowProblems problems)
    {
        var raw = XmlValues.Optional(element, "primary");
        if (raw is null || raw == "0" || string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (raw == "1" || string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        problems.Add($"{field}@primary", "must be true or false");
        return false;
    }
}
