using Chb.Hub.Data;

namespace Chb.Hub.StorageTests.Support;

/// <summary>The migration scripts embedded in the hub, by provider folder, as DbUp finds them.</summary>
public static class MigrationScripts
{
    public static IReadOnlyList<string> For(string provider)
    {
        var folder = $".Migrations.{provider}.";
        return [.. typeof(IHubDatabase).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[(n.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..])
            .Order(StringComparer.Ordinal)];
    }

    public static string Read(string provider, string script)
    {
        var assembly = typeof(IHubDatabase).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Migrations.{provider}.{script}", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
