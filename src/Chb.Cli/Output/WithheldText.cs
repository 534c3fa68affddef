using Chb.Cli.Lro;

namespace Chb.Cli;

/// <summary>How a withheld element reads: never a blank, always "withheld: why (whom to ask)".</summary>
internal static class WithheldText
{
    /// <summary>"withheld: owner only (consult ...)"; without whom to ask when another column says it already.</summary>
    public static string Describe(WithheldView withheld, bool consult = true)
    {
        var reason = withheld.Reason.Replace('-', ' ');
        return consult && withheld.Consult.Length > 0 ? $"withheld: {reason} ({withheld.Consult})" : $"withheld: {reason}";
    }

    /// <summary>The marker for <paramref name="field"/>, or null when it was not withheld.</summary>
    public static string? For(IReadOnlyList<WithheldView> withheld, string field, bool consult = true)
        => withheld.FirstOrDefault(w => string.Equals(w.Field, field, StringComparison.Ordinal)) is { } w ? Describe(w, consult) : null;

    /// <summary>The value when given, else its withheld marker, else <paramref name="none"/>.</summary>
    public static string Value(string value, IReadOnlyList<WithheldView> withheld, string field, string none = "", bool consult = true)
        => value.Length > 0 ? value : For(withheld, field, consult) ?? none;

    /// <summary>Markers for withheld fields a view does not show in a column of their own.</summary>
    public static IEnumerable<string> Others(IReadOnlyList<WithheldView> withheld, params string[] shown)
        => withheld.Where(w => !shown.Contains(w.Field, StringComparer.Ordinal)).Select(w => $"{w.Field} {Describe(w)}");
}
