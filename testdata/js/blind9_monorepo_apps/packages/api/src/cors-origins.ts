export const corsOrigins = [
  'https://beacon.harvestmoon.farm',
  /^https:\/\/pr-\d+\.harvestmoon\.farm$/,
  // old kiosk build still served over plain http until INFRA-88 lands
  'http://kiosk.harvestmoon.farm', // want CORS001
];
