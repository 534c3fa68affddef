namespace Chb.Hub.Tests.Tactics.Support;

/// <summary>Finds the repository and the hub's build output from the test's own output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the partner sample files (the copies the plugin tests run against).</summary>
    public static string Samples => Path.Combine(Root, "tests", "Chb.Plugins.Tests", "Data");

    /// <summary>Gets the plugins folder this project's build fills (eng/Plugins.targets), as the hub's does.</summary>
    public static string HubPlugins => Path.Combine(AppContext.BaseDirectory, "plugins");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chb.Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Chb.Hub.sln not found above " + AppContext.BaseDirectory);
    }
}
