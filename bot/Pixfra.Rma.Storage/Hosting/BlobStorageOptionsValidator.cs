using Microsoft.Extensions.Options;
using Pixfra.Rma.Storage.Blobs;

namespace Pixfra.Rma.Storage.Hosting;

/// <summary>Checks the settings of the chosen blob provider only, naming the missing key.</summary>
internal sealed class BlobStorageOptionsValidator : IValidateOptions<BlobStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            BlobProvider.FileSystem when string.IsNullOrWhiteSpace(options.FileSystem.Path) =>
                ValidateOptionsResult.Fail("Blobs:FileSystem:Path must not be empty when Blobs:Provider is FileSystem."),
            BlobProvider.AzureBlob when string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString) && options.AzureBlob.ServiceUri is null =>
                ValidateOptionsResult.Fail("Blobs:AzureBlob:ConnectionString or Blobs:AzureBlob:ServiceUri is required when Blobs:Provider is AzureBlob."),
            BlobProvider.AzureBlob when !System.Text.RegularExpressions.Regex.IsMatch(options.AzureBlob.ContainerName ?? string.Empty, "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$") =>
                ValidateOptionsResult.Fail("Blobs:AzureBlob:ContainerName must be 3-63 lowercase letters, digits and single hyphens."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
