using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli;

/// <summary>
/// How a published count reads in a table: a suppressed one says "suppressed" (never 0), with the reason said once above
/// the table; one that leaves suppressed figures out ends in *.
/// </summary>
internal static class FigureText
{
    public const string Suppressed = "suppressed";

    /// <summary>The line under a table with a figure marked *.</summary>
    public const string PartialNote = "* leaves out suppressed figures: a total adds up the published figures only.";

    private static readonly string SmallCount = EnumText.Kebab(WithheldReason.SmallCountSuppressed);

    /// <summary>"12", "12*" when it leaves suppressed figures out, "suppressed" when it has no value (or why, for any other reason).</summary>
    public static string Count(long? value, bool partial, WithheldView? withheld = null) => value switch
    {
        null => withheld is null || withheld.Reason == SmallCount ? Suppressed : WithheldText.Describe(withheld),
        { } v when partial => string.Create(CultureInfo.InvariantCulture, $"{v}*"),
        { } v => v.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Why figures are suppressed, said once above them.</summary>
    public static string Threshold(uint suppressBelow) => suppressBelow > 1
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"A figure marked {Suppressed} is withheld as a small count (1 to {suppressBelow - 1}), or beside one so no total gives it away: it is not a zero.")
        : "No figure is suppressed (the hub's small-count threshold is 1).";
}
