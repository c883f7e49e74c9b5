namespace Pixfra.Rma.Protocol.Connector;

/// <summary>The bytes of a downloaded attachment and the content type the server gave.</summary>
public sealed record AttachmentDownload(ReadOnlyMemory<byte> Content, string? ContentType);
