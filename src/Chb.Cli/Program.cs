namespace Chb.Cli;

/// <summary>The <c>chb</c> executable: everything happens in <see cref="CliApp"/>, which tests drive in-process.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliEnvironment.FromConsole(), CancellationToken.None);
}
