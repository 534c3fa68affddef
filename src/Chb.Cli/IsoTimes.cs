using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Chb.Cli;

/// <summary>Options that take an ISO 8601 time, such as 2024-03-05T14:30:00Z; a time without an offset is UTC.</summary>
internal static class IsoTimes
{
    public static Option<DateTimeOffset?> CreateOption(string name, string description) => new(name)
    {
        Description = $"{description} (ISO 8601, such as 2024-03-05T14:30:00Z; UTC unless an offset is given)",
        HelpName = "TIME",
        CustomParser = r => Parse(r, name),
    };

    private static DateTimeOffset? Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        result.AddError($"{name} must be an ISO 8601 time, such as 2024-03-05T14:30:00Z; got '{text}'");
        return null;
    }
}
