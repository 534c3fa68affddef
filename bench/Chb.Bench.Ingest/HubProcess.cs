using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chb.Bench.Ingest;

/// <summary>The hub as its own process, started from this tool's output folder on a port the OS picks.</summary>
internal sealed partial class HubProcess : IDisposable
{
    private readonly Process _process;

    private HubProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static HubProcess Start(string databasePath)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Chb.Hub.dll"));
        start.ArgumentList.Add("--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0");
        start.ArgumentList.Add($"--Hub:Storage:SqlitePath={databasePath}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add("--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Listening().Match(line) is { Success: true } m)
            {
                listening.TrySetResult(new Uri(m.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HubProcess(process, listening.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult());
    }

    /// <summary>Resident and peak resident memory of the hub, in MB, from /proc.</summary>
    public (double Rss, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => double.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
