using System.CommandLine;
using Chb.Contracts.V1;

namespace Chb.Cli.Lro;

/// <summary>
/// <c>--purpose CODE:JUSTIFICATION</c> (or <c>CHB_PURPOSE</c>): why the caller reads, which the hub requires on every read
/// and writes to the audit log, such as "disruption-planning:Op Kestrel".
/// </summary>
internal static class Purposes
{
    public const string Variable = "CHB_PURPOSE";

    private static readonly IReadOnlyDictionary<string, PurposeCode> Codes = EnumText.Named<PurposeCode>();

    /// <summary>Gets the codes a purpose may start with, such as "disruption-planning, safeguarding, ...".</summary>
    public static string List { get; } = string.Join(", ", Enum.GetValues<PurposeCode>().Where(c => c != PurposeCode.Unspecified).Select(EnumText.Kebab));

    public static Option<string?> CreateOption() => new("--purpose")
    {
        Description = $"Why you are asking, as CODE:JUSTIFICATION such as \"disruption-planning:Op Kestrel\"; CODE is one of {List} [env: {Variable}]",
        HelpName = "CODE:WHY",
    };

    /// <summary>The option's purpose, else the variable's, or one line saying what is wrong and listing the codes.</summary>
    public static QueryPurpose Resolve(string? option, CliEnvironment env)
    {
        var (text, source) = NonBlank(option) is { } given ? (given, "--purpose") : (NonBlank(env.GetVariable(Variable)), Variable);
        if (text is null)
        {
            throw new CliUsageException(
                $"say why you are asking: --purpose CODE:JUSTIFICATION or {Variable}, such as \"disruption-planning:Op Kestrel\"; CODE is one of {List}");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var code = (colon < 0 ? text : text[..colon]).Trim();
        var justification = colon < 0 ? string.Empty : text[(colon + 1)..].Trim();
        if (!Codes.TryGetValue(code, out var value))
        {
            throw new CliUsageException($"{source} must start with a purpose code, one of {List}; got '{code}'");
        }

        if (justification.Length == 0)
        {
            throw new CliUsageException($"{source} needs a justification after the code, such as \"{code}:Op Kestrel\" (an operation name or tasking reference)");
        }

        return new QueryPurpose { Code = value, Justification = justification };
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
