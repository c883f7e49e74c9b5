// The bot's one identity: the web app signs in to Cosmos DB, Blob Storage and Key Vault with it, and (when
// botIdentity is UserAssignedMSI) it is also the bot's Microsoft App ID.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
