using System.Net;

namespace Chb.Hub.Security;

/// <summary>Development mode trusts a key anyone on the machine could read: it may only serve loopback.</summary>
internal static class LoopbackGuard
{
    public static IEnumerable<string> NonLoopbackUrls(IConfiguration configuration)
    {
        var urls = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"])
            .Concat((configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? string.Empty).Split(';'))
            .Where(u => !string.IsNullOrWhiteSpace(u));
        return urls.Where(u => !IsLoopback(u!)).Select(u => u!);
    }

    private static bool IsLoopback(string url)
    {
        var host = url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
