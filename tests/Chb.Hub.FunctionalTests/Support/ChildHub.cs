using System.Diagnostics;
using System.Text.RegularExpressions;
using Grpc.Net.Client;

namespace Chb.Hub.FunctionalTests.Support;

/// <summary>
/// The hub as a separate process, exactly as `dotnet run` starts it, on a loopback port the OS picks.
/// Used where a test must kill the process (crash safety) rather than stop it politely.
/// </summary>
public sealed partial class ChildHub : IAsyncDisposable
{
    private readonly Process _process;

    private ChildHub(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ChildHub> StartAsync(string databasePath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var hubDll = Path.Combine(AppContext.BaseDirectory, "Chb.Hub.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(hubDll);
        var all = TestSettings.Defaults(databasePath);
        all["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The hub exited with code {process.ExitCode} before listening."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new ChildHub(process, address);
    }

    public GrpcChannel CreateChannel(Chb.Contracts.Security.HubPersona persona)
        => Chb.Tests.Shared.TestIdentity.Channel(Address, null, Chb.Tests.Shared.TestIdentity.Token(persona));

    /// <summary>SIGKILL: no shutdown hooks, no flush, nothing graceful.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (https?://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
