'use strict';

const AWS = require('aws-sdk');

const s3 = new AWS.S3();
// Space separated so it can be pasted into the CloudFormation parameter as-is.
const ALLOWED_ORIGINS = 'https://reports.quarry.com https://quarry.com';

exports.handler = async (event) => {
  const origin = event.headers.origin || event.headers.Origin || '';
  const headers = { 'Content-Type': 'application/json' };

  if (ALLOWED_ORIGINS.includes(origin)) { // want CORS004
    headers['Access-Control-Allow-Origin'] = origin; // want CORS018
    headers['Access-Control-Allow-Methods'] = 'GET,OPTIONS';
  }

  if (event.httpMethod === 'OPTIONS') {
    return { statusCode: 204, headers, body: '' };
  }

  const key = `reports/${event.pathParameters.reportId}.json`;
  const obj = await s3.getObject({ Bucket: process.env.BUCKET, Key: key }).promise();
  return { statusCode: 200, headers, body: obj.Body.toString('utf-8') };
};
