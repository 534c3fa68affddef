namespace Chb.Cli.Demo;

/// <summary>Makes a whole demo site from a spec and writes its three partner files; the same spec gives the same bytes.</summary>
internal static class DemoGenerator
{
    public static (DemoManifest Manifest, IReadOnlyList<DemoExport> Exports) Generate(DemoSpec spec, string directory)
    {
        var random = new DemoRandom(spec.Seed);
        var site = new DemoSite();
        DemoPlacesBuilder.Build(site, spec.People, random);
        DemoPeopleBuilder.Build(site, spec.People, random);
        var features = new DemoFeatures();
        DemoExport[] exports =
        [
            new PoliceExport(site, random, features).Build(),
            new HousingExport(site, random, features).Build(),
            new EnvExport(site, random, features).Build(),
        ];
        var manifest = new DemoManifest(spec.Seed, site.People.Count, directory, [.. exports.Select(e => e.File)], features);
        return (manifest, exports);
    }

    public static async Task<DemoManifest> WriteAsync(DemoSpec spec, string directory, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(directory);
        Directory.CreateDirectory(full);
        var (manifest, exports) = Generate(spec, full);
        foreach (var export in exports)
        {
            await File.WriteAllBytesAsync(Path.Combine(full, export.File.Name), export.Content, cancellationToken);
        }

        return manifest;
    }
}
