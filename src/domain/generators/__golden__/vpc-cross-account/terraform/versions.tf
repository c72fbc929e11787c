terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.84.0, < 7.0.0"
    }
  }
}

provider "aws" {
  region = var.region
}

# The VPC endpoint service side, in account 444455556666.
provider "aws" {
  alias  = "endpoint_service_owner"
  region = var.region

  assume_role {
    role_arn = var.endpoint_service_owner_role_arn
  }
}
