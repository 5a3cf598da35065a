import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const headers = {
  'Access-Control-Allow-Origin': process.env.ALLOWED_ORIGIN ?? '*', // want CORS001
  'Access-Control-Allow-Credentials': true,
  'Content-Type': 'application/json',
};

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const id = event.pathParameters?.id;
  if (!id) {
    return { statusCode: 400, headers, body: JSON.stringify({ message: 'id required' }) };
  }
  const out = await ddb.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { id } }));
  return {
    statusCode: out.Item ? 200 : 404,
    headers,
    body: JSON.stringify(out.Item ?? { message: 'not found' }),
  };
};
