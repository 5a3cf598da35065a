import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const ALLOWED_ORIGINS = ['https://orders.cobalt-foods.com', 'https://kitchen.cobalt-foods.com'];

const cors = (origin?: string): Record<string, string> =>
  origin && ALLOWED_ORIGINS.includes(origin)
    ? {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      }
    : { Vary: 'Origin' };

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const origin = event.headers.origin;
  const id = event.pathParameters?.id;
  const { Item } = await ddb.send(new GetCommand({ TableName: process.env.TABLE!, Key: { id } }));
  return {
    statusCode: Item ? 200 : 404,
    headers: { 'Content-Type': 'application/json', ...cors(origin) },
    body: JSON.stringify(Item ?? { message: 'not found' }),
  };
};
