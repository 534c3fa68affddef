namespace Chb.Cli.Demo;

/// <summary>How another agency writes the same person: spelling, nickname, punctuation, diacritics, swapped date of birth.</summary>
internal static class NameVariants
{
    private static readonly Dictionary<string, string> Given = new(StringComparer.Ordinal)
    {
        ["Mohammed"] = "Muhammad", ["Muhammad"] = "Mohammed", ["Daniel"] = "Danny", ["Michael"] = "Mick", ["Thomas"] = "Tom",
        ["Robert"] = "Rob", ["Joseph"] = "Joe", ["Christopher"] = "Chris", ["Anthony"] = "Tony", ["Imran"] = "Immy",
        ["Patrick"] = "Paddy", ["Tomasz"] = "Tomek", ["Zofia"] = "Zosia", ["Katarzyna"] = "Kasia", ["Jakub"] = "Kuba",
        ["Sean-Paul"] = "Sean Paul", ["Kamran"] = "Kam", ["Margaret"] = "Maggie", ["Susan"] = "Sue",
    };

    private static readonly Dictionary<string, string> Family = new(StringComparer.Ordinal)
    {
        ["O'Connor"] = "OConnor", ["O'Brien"] = "OBrien", ["O'Neill"] = "ONeill", ["McCarthy"] = "Mccarthy",
        ["Hussain"] = "Hussein", ["Mahmood"] = "Mahmud", ["Wiśniewski"] = "Wisniewski", ["Horváth"] = "Horvath", ["Dvořák"] = "Dvorak",
    };

    /// <summary>The nickname or alternative spelling the police hold as an alias, if the given name has one.</summary>
    public static string? Alias(string given) => Given.GetValueOrDefault(given);

    public static bool HasVariant(DemoPerson person) => Given.ContainsKey(person.Given) || Family.ContainsKey(person.Family);

    /// <summary>Writes the person as another agency might; null when no variant exists for their name.</summary>
    public static (string Given, string Family)? Vary(DemoPerson person, DemoRandom random)
    {
        var options = new List<(string, string)>();
        if (Given.TryGetValue(person.Given, out var given))
        {
            options.Add((given, person.Family));
        }

        if (Family.TryGetValue(person.Family, out var family))
        {
            options.Add((person.Given, family));
        }

        return options.Count == 0 ? null : random.Pick(options);
    }

    /// <summary>The date of birth with day and month swapped, when that is a different real date.</summary>
    public static DateOnly? SwapDayMonth(DateOnly date)
        => date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : null;
}
