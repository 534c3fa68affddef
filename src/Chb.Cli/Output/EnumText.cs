using System.Globalization;
using System.Text;

namespace Chb.Cli;

/// <summary>Contract enum values as the command line writes and reads them: kebab-case names such as in-progress.</summary>
internal static class EnumText
{
    /// <summary>The value's name in kebab-case (InProgress is in-progress); a value this client does not know prints as its number.</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            return Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>The value as words for a person, such as "criminal record identifier".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Kebab(value).Replace('-', ' ');

    /// <summary>The value as a title, such as "Pursue" or "Clear".</summary>
    public static string Title<T>(T value)
        where T : struct, Enum
    {
        var words = Words(value);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Every named value but the zero one, by its kebab-case name.</summary>
    public static IReadOnlyDictionary<string, T> Named<T>()
        where T : struct, Enum
        => Enum.GetValues<T>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0).ToDictionary(Kebab, v => v, StringComparer.OrdinalIgnoreCase);

    /// <summary>An option's custom parser accepting only the kebab-case names in <paramref name="allowed"/>.</summary>
    public static T Parse<T>(System.CommandLine.Parsing.ArgumentResult result, string option, IReadOnlyCollection<T> allowed)
        where T : struct, Enum
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var names = allowed.Select(Kebab).ToList();
        if (Named<T>().TryGetValue(text, out var value) && allowed.Contains(value))
        {
            return value;
        }

        result.AddError($"{option} must be one of {string.Join(", ", names)}; got '{text}'");
        return default;
    }
}
