using System.CommandLine;

namespace Chb.Cli;

/// <summary>Options every command takes: where the hub is, the caller's token, and JSON output.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Hub { get; } = new("--hub")
    {
        Description = $"The hub's address [env: {HubSettings.HubVariable}] [default: {HubSettings.DefaultHub}]",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"Bearer token sent to the hub [env: {HubSettings.TokenVariable}]",
        HelpName = "TOKEN",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the result as JSON for scripts (no tables, no progress bar)",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Hub);
        root.Options.Add(Token);
        root.Options.Add(Json);
    }
}
