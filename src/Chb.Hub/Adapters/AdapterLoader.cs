using System.Reflection;
using System.Text.RegularExpressions;
using Chb.Adapters;
using Chb.Hub.Diagnostics;
using Chb.Hub.Options;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Adapters;

/// <summary>
/// Finds, loads, checks and activates adapter plugins: <c>&lt;dir&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c>, each
/// in its own load context sharing only the SDK. The only class that touches the plugin loader, so it can be
/// swapped for a plain AssemblyLoadContext. A bad plugin is refused with a log line; the hub still starts.
/// </summary>
internal sealed partial class AdapterLoader(
    IOptions<AdapterHostOptions> options,
    AdapterRegistry registry,
    AdapterBreakers breakers,
    IServiceProvider services,
    ILogger<AdapterLoader> logger)
{
    public void LoadAll()
    {
        var directory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, options.Value.Directory));
        var loaded = new Dictionary<string, LoadedAdapter>(StringComparer.Ordinal);
        var refused = new List<RefusedPlugin>();
        if (!Directory.Exists(directory))
        {
            HubLog.PluginDirectoryMissing(logger, directory);
            registry.Set([], []);
            return;
        }

        foreach (var pluginDir in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var dll = Path.Combine(pluginDir, Path.GetFileName(pluginDir) + ".dll");
            foreach (var outcome in LoadPlugin(dll))
            {
                if (outcome.Adapter is { } adapter && !loaded.TryAdd(adapter.Descriptor.Id, adapter))
                {
                    refused.Add(Refuse(dll, $"adapter id '{adapter.Descriptor.Id}' is already provided by {loaded[adapter.Descriptor.Id].AssemblyPath}"));
                }
                else if (outcome.Refusal is { } refusal)
                {
                    refused.Add(refusal);
                }
            }
        }

        foreach (var adapter in loaded.Values)
        {
            HubLog.AdapterLoaded(logger, adapter.Descriptor.Id, adapter.Descriptor.Version.ToString(), adapter.AssemblyPath);
        }

        registry.Set(loaded.Values, refused);
    }

    private List<(LoadedAdapter? Adapter, RefusedPlugin? Refusal)> LoadPlugin(string dll)
    {
        if (!File.Exists(dll))
        {
            return [(null, Refuse(dll, "the folder has no assembly named after it"))];
        }

        Type[] types;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(IHubAdapter)]);
            types = loader.LoadDefaultAssembly().GetTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or TypeLoadException or BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            return [(null, Refuse(dll, $"it could not be loaded against this hub's adapter contract ({ex.GetType().Name})"))];
        }

        var adapterTypes = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHubAdapter).IsAssignableFrom(t)).ToList();
        if (adapterTypes.Count == 0)
        {
            return [(null, Refuse(dll, "it contains no IHubAdapter implementation built against this hub's SDK"))];
        }

        return adapterTypes.Select(t => Activate(dll, t)).ToList();
    }

    private (LoadedAdapter? Adapter, RefusedPlugin? Refusal) Activate(string dll, Type type)
    {
        IHubAdapter adapter;
        AdapterDescriptor descriptor;
        try
        {
            adapter = (IHubAdapter)ActivatorUtilities.CreateInstance(services, type);
            descriptor = adapter.Descriptor ?? throw new InvalidOperationException("no descriptor");
        }
        catch (Exception ex)
        {
            return (null, Refuse(dll, $"{type.Name} failed to start ({ex.GetType().Name})"));
        }

        if (descriptor.ContractVersion != AdapterContract.Version)
        {
            return (null, Refuse(dll, $"{type.Name} was built for adapter contract {descriptor.ContractVersion}; this hub speaks {AdapterContract.Version}"));
        }

        if (descriptor.Id is null || !AdapterId().IsMatch(descriptor.Id) || descriptor.AgencyKinds is not { Count: > 0 })
        {
            return (null, Refuse(dll, $"{type.Name} has an invalid descriptor (id must look like 'name/1' and at least one agency kind is needed)"));
        }

        var (breaker, state) = breakers.Create(descriptor.Id);
        return (new LoadedAdapter(adapter, descriptor, dll, breaker, state), null);
    }

    private RefusedPlugin Refuse(string path, string reason)
    {
        HubLog.PluginRefused(logger, path, reason);
        return new RefusedPlugin(path, reason);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}/[0-9]{1,4}$")]
    private static partial Regex AdapterId();
}
