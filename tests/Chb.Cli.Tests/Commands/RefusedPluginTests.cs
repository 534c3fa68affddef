using System.Text.Json;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb adapters</c> on a hub whose plugin folder holds one it refuses.</summary>
public sealed class RefusedPluginTests : IAsyncLifetime
{
    private readonly TempDirectory _plugins = new();
    private CliHub? _hub;

    public Task InitializeAsync()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "plugins");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_plugins.Path, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(_plugins.File("Chb.Plugins.Stray"));
        _hub = new CliHub(_plugins.Path);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub!.DisposeAsync();
        _plugins.Dispose();
    }

    [Fact]
    public async Task Adapters_PluginRefused_ListsItWithTheReasonBesideTheLoadedOnes()
    {
        var table = await _hub!.RunAsync("adapters");
        var json = JsonDocument.Parse((await _hub.RunAsync("adapters", "--json")).Out).RootElement;

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("refused plugin", table.Out, StringComparison.Ordinal);
        Assert.Contains("the folder has no assembly named after it", table.Out, StringComparison.Ordinal);
        Assert.Equal(3, json.GetProperty("adapters").GetArrayLength());
        var refused = Assert.Single(json.GetProperty("refused").EnumerateArray());
        Assert.Contains("Chb.Plugins.Stray", refused.GetProperty("path").GetString(), StringComparison.Ordinal);
    }
}
