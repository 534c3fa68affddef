namespace Chb.Cli;

/// <summary>Resolves the hub address and token: the option first, then the environment variable, then the default.</summary>
internal static class HubSettings
{
    public const string DefaultHub = "http://127.0.0.1:5170";
    public const string HubVariable = "CHB_HUB";
    public const string TokenVariable = "CHB_TOKEN";

    public static string HubText(string? option, CliEnvironment env)
        => NonBlank(option) ?? NonBlank(env.GetVariable(HubVariable)) ?? DefaultHub;

    public static string? Token(string? option, CliEnvironment env)
        => NonBlank(option) ?? NonBlank(env.GetVariable(TokenVariable));

    public static Uri HubUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliUsageException($"the hub address must be an http:// or https:// URL, such as {DefaultHub}; got '{text}'");
        }

        return uri;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
